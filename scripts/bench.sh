#!/usr/bin/env bash
# Benchmarks against the figures in ../shared/performance.md. Rerunnable; prints a table.
#   bash scripts/bench.sh [ARTICLES]   (default 10000)
# Uses /dev/shm for tmpfs runs and target/bench/ (on the repository's disk) for disk runs.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
cargo build --release --quiet --example gen_digest --example bench_watch
cargo build --release --quiet
gloss="$PWD/target/release/gloss"
tmp=/dev/shm/gloss-bench
disk="$PWD/target/bench"
rm -rf "$tmp" "$disk"
mkdir -p "$tmp" "$disk"
./target/release/examples/gen_digest "$tmp/digest" "$n" >/dev/null

timed() { # prints "seconds max-RSS-MiB" for a command
  /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f s, %.0f MiB", $1, $2/1024}'
}

echo "gloss benchmarks, $n generated articles (5 notes each), $(nproc) cores"
echo "full build, tmpfs:            $(timed "$gloss" --root "$tmp/digest" build --output "$tmp/out1")"
rm -rf "$tmp/out1"
echo "full build, tmpfs (again):    $(timed "$gloss" --root "$tmp/digest" build --output "$tmp/out1")"
echo "second build, nothing changed (tmpfs): $(timed "$gloss" --root "$tmp/digest" build --output "$tmp/out1")"
cp -r "$tmp/digest" "$disk/digest"
sync
echo "full build, disk, empty output: $(timed "$gloss" --root "$disk/digest" build --output "$disk/out")"
echo "second build, nothing changed (disk): $(timed "$gloss" --root "$disk/digest" build --output "$disk/out")"
rm -f "$tmp/out1/.gloss-manifest"
sync
echo "floor, copying the same files to disk: $(timed cp -r "$tmp/out1" "$disk/copy")"
"./target/release/examples/bench_watch" "$tmp/digest" "$tmp/watch-out" 20
root="$(mktemp -d)"
cp -r site.toml content "$root/"
best=999999
for _ in $(seq 1 20); do
  rm -rf "$root/public"
  s=$(date +%s%N); "$gloss" --root "$root" build >/dev/null; e=$(date +%s%N)
  t=$(( (e - s) / 1000 )); [ "$t" -lt "$best" ] && best=$t
done
echo "seed digest, cold build (best of 20): $((best / 1000)).$(( (best % 1000) / 100 )) ms"
rm -rf "$tmp" "$disk" "$root"
