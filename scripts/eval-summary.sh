#!/usr/bin/env bash
# The README's tables of how well the checks read, from one run of examples/eval_checks over
# every evaluation set and language, and the whole articles. Rerunnable; prints Markdown.
#   bash scripts/eval-summary.sh
#   GLOSS_EVAL_ARTICLES=DIR bash scripts/eval-summary.sh   (whole articles from DIR instead)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --example eval_checks
e=./target/release/examples/eval_checks
langs=(en es pt de fr zh ja ko)
sets=()
# Every set, in any language (own26 has no English part).
for f in tests/fixtures/eval/*-*.toml; do
  s=$(basename "$f" .toml); s=${s%-*}
  [ "$s" = test ] || sets+=("$s")
done
# Natural order: dev, own, own2, own3, …, own10; the held-out set last.
mapfile -t sets < <(printf '%s\n' "${sets[@]}" | sort -V -u)
sets+=(test)

# "0.95 / 0.62 (306)": precision / recall (labelled contradictions) from one `all` line.
# (Reads to the end: closing the pipe early would fail the writer.)
cell() { awk '/^all / && !done { done = 1; if ($2 + $4 == 0) print "-"; else printf "%.2f / %.2f (%d)", $6, $7, $2 + $4 }'; }

printf '| set |'; printf ' %s |' "${langs[@]}"; printf '\n|---|'; printf -- '---|%.0s' "${langs[@]}"; printf '\n'
for s in "${sets[@]}"; do
  label=$s; [ "$s" = test ] && label="test (held out)"
  printf '| %s |' "$label"
  for l in "${langs[@]}"; do
    if [ -f "tests/fixtures/eval/$s-$l.toml" ]; then printf ' %s |' "$("$e" "$s" "$l" | cell)"; else printf ' |'; fi
  done
  printf '\n'
done

echo
echo '| held out | review queue holds (of the misses) | sentences listed |'
echo '|---|---|---|'
held=0 missed=0
for l in "${langs[@]}"; do
  line=$("$e" test "$l" | grep '^review queue: holds' || true)
  h=$(sed -n 's/^review queue: holds \([0-9]*\) of the \([0-9]*\) .*lists \([0-9]*\) of \([0-9]*\) sentences.*/\1 \2 \3 \4/p' <<<"$line")
  read -r a b c d <<<"$h"
  held=$((held + a)) missed=$((missed + b))
  printf '| %s | %s of %s | %s of %s |\n' "$l" "$a" "$b" "$c" "$d"
done
awk -v h="$held" -v m="$missed" 'BEGIN { printf "| all | %d of %d (%.3f) | |\n", h, m, h / m }'

echo
echo "whole articles (${GLOSS_EVAL_ARTICLES:-tests/fixtures/eval/articles}):"
"$e" articles | sed -n '/^own articles:/,$p'
# Per batch (the -bN- in a file's name: each batch was written blind in one round), the share listed.
"$e" articles -v | awk '/^ARTICLE / {
    b = "first"; if (match($2, /-b[0-9]+-/)) b = substr($2, RSTART + 1, RLENGTH - 2)
    l[b] += $5; n[b] += $7 }
  END { for (b in l) printf "batch %-5s lists %3d of %3d sentences (%.3f)\n", b, l[b], n[b], l[b] / n[b] }' | sort -V
"$e" dev en | grep '^review queue on content/articles' || true
