#!/usr/bin/env bash
# Benchmarks against the figures in ../shared/performance.md. Rerunnable; prints a table.
#   bash scripts/bench.sh [ARTICLES]   (default 10000)
# The generated digest has the repository's content/terms.toml (automatic checks, timeline) and
# five notes per article. Uses /dev/shm for tmpfs runs and target/bench/ (the repository's disk)
# for disk runs. Times are wall-clock medians of three runs unless said otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
cargo build --release --quiet --example gen_digest --example bench_watch --example floor
cargo build --release --quiet
gloss="$PWD/target/release/gloss"
tmp=/dev/shm/gloss-bench
disk="$PWD/target/bench"
rm -rf "$tmp" "$disk"
mkdir -p "$tmp" "$disk"
./target/release/examples/gen_digest "$tmp/digest" "$n" --checks >/dev/null
build=(--build-date 2026-11-23)

# "seconds max-RSS-MiB" of one run of a command.
run() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
# The median of three runs of `prepare; command`, with the peak memory of the median run.
median3() {
  local prepare="$1"; shift
  local results=()
  for _ in 1 2 3; do eval "$prepare"; results+=("$(run "$@")"); done
  printf '%s\n' "${results[@]}" | sort -n | sed -n 2p | awk '{printf "%.2f s, %.0f MiB peak", $1, $2/1024}'
}

echo "gloss benchmarks: $n generated articles (700-1,200 words, 5 notes each, checks and timeline), $(nproc) cores"
echo "floor (read, pulldown-cmark, write; tmpfs): $(median3 "rm -rf $tmp/floor" ./target/release/examples/floor "$tmp/digest" "$tmp/floor")"
echo "full build, tmpfs, empty output:        $(median3 "rm -rf $tmp/out" "$gloss" --root "$tmp/digest" build --output "$tmp/out" "${build[@]}")"
echo "second build, nothing changed, tmpfs:   $(median3 ":" "$gloss" --root "$tmp/digest" build --output "$tmp/out" "${build[@]}")"
cp -r "$tmp/digest" "$disk/digest"
sync
echo "writing the same files, disk (cp -r):   $(median3 "rm -rf $disk/copy; sync" cp -r "$tmp/out" "$disk/copy")"
echo "full build, disk, empty output:         $(median3 "rm -rf $disk/out; sync" "$gloss" --root "$disk/digest" build --output "$disk/out" "${build[@]}")"
echo "second build, nothing changed, disk:    $(median3 "sync" "$gloss" --root "$disk/digest" build --output "$disk/out" "${build[@]}")"

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
for _ in $(seq 1 20); do
  rm -rf "$root/public"
  s=$(date +%s%N); "$gloss" --root "$root" build "${build[@]}" >/dev/null; e=$(date +%s%N)
  t=$(( (e - s) / 1000 )); [ "$t" -lt "$best" ] && best=$t
done
echo "seed digest, cold build (best of 20): $((best / 1000)).$(( (best % 1000) / 100 )) ms"
rm -rf "$tmp" "$disk" "$root"
