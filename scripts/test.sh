#!/usr/bin/env bash
# The test command: everything CI checks, installing what the tests need on a fresh machine.
#   bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== format and lints"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings

echo "== unit and integration tests"
cargo test --locked

echo "== browser: the Nu Html Checker, axe-core and the layout facts over the built digest"
echo "   (360-1440 px, light and dark, and A4; about two minutes on two cores)"
echo "-- installing Chromium, Java and the npm packages where missing"
bash tests/browser/install.sh
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
site="$tmp/public"
echo "-- building the digest into $site"
cargo run --quiet --locked -- build --output "$site"
echo "-- checking every page (progress below; one FAIL line per problem, then the tally)"
node tests/browser/check.mjs "$site" --no-screenshots
echo "-- the injection corpus (tests/fixtures/hostile): no payload runs, every note still opens"
cp -r tests/fixtures/hostile "$tmp/hostile"
cargo run --quiet --locked -- --root "$tmp/hostile" build --build-date 2026-11-23
node tests/browser/check.mjs "$tmp/hostile/public" --hostile
