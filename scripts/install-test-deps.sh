#!/usr/bin/env bash
# Installs what the test suite needs, only when it is missing, so it is cheap
# to run before every test run (machines are not kept between sessions/CI).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: PostgreSQL for the storage tests, PHP + Guzzle for the
# AniList-guide compatibility client, Chromium for the browser journeys
# (Playwright drives /usr/bin/chromium; it never downloads a browser).
pkgs=(postgresql php-cli php-curl php-guzzlehttp-guzzle chromium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-test-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Node client for tests/compat: `npm ci` from the committed lock file when
# node_modules is missing or was installed from a different lock file.
node_dir=tests/compat/node
stamp="$node_dir/node_modules/.anibase-lock.sha256"
want="$(sha256sum "$node_dir/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "install-test-deps: npm ci in $node_dir"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
