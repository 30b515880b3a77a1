#!/usr/bin/env bash
# Installs the Debian packages a target needs when running as root; otherwise says what is missing.
# Usage: scripts/system-deps.sh run|test
set -u
case "${1:-run}" in
  run)  wanted=(libespeak-ng1 espeak-ng-data npm) ;;
  test) wanted=(libespeak-ng1 espeak-ng-data npm chromium fonts-noto-core sox libsox-fmt-mp3 redis-server nginx) ;;
  bench) wanted=(libespeak-ng1 espeak-ng-data wrk) ;;
  *) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac
missing=()
for pkg in "${wanted[@]}"; do
  # npm also comes with Node.js from nodesource, which conflicts with Debian's npm package.
  [ "$pkg" = npm ] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "Could not install ${missing[*]}" >&2; exit 1; }
  exit 0
fi
echo "Missing Debian packages: ${missing[*]}"
echo "  Install them with: sudo apt-get install ${missing[*]}"
if [ "$1" = "run" ]; then
  echo "  The app runs without them, but 'Listen' (read aloud) stays off without espeak-ng,"
  echo "  and without npm the staff picture library offers only the demo's pictures."
  exit 0
fi
exit 1
