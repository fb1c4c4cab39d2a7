#!/usr/bin/env bash
# Installs what tests/browser/check.mjs needs on a Debian machine, as root.
# Idempotent: every step is skipped when its result is already there, so CI
# can call it on every run at almost no cost.
#
#   bash tests/browser/install.sh
#
# - Chromium from Debian (/usr/bin/chromium): browser downloads by
#   playwright are impossible here, so playwright-core drives this one.
# - A Java runtime for the Nu Html Checker (vnu.jar).
# - node and npm, only if missing (Debian's nodejs/npm).
# - `npm ci` in tests/browser, only when node_modules does not match
#   package-lock.json.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

# Collect the missing Debian packages first so that `apt-get update` runs
# at most once, and not at all when nothing is missing.
pkgs=()
# fonts-liberation is what chromium-common recommends; we skip the other
# recommends (upower, udev, printing dialogs...) that a headless run never
# uses, but keep real fonts so layout and screenshots are realistic.
[ -x /usr/bin/chromium ] || pkgs+=(chromium fonts-liberation)
command -v java >/dev/null 2>&1 || pkgs+=(default-jre-headless)
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)

if [ "${#pkgs[@]}" -gt 0 ]; then
  echo "browser/install.sh: apt-get install ${pkgs[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

# npm ci wipes and reinstalls node_modules, so only run it when the lock
# file changed since the last successful install (stamp = copy of the lock).
stamp="$here/node_modules/.gloss-install-stamp"
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json"; then
  exit 0
fi
echo "browser/install.sh: npm ci in tests/browser"
# --ignore-scripts: vnu-jar's postinstall would try to download a Java
# runtime from outside the package registries; we use the system java.
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
cp "$here/package-lock.json" "$stamp"
