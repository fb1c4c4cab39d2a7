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

echo "== browser: Nu Html Checker and axe-core over the built digest, at 390 and 1280 px"
bash tests/browser/install.sh
site="$(mktemp -d)/public"
cargo run --quiet --locked -- build --output "$site"
node tests/browser/check.mjs "$site" --no-screenshots
