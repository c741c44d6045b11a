#!/usr/bin/env bash
# Makes sure the browsers the tests need are here: Chromium with its language packs
# (for the Dutch UI test) and Firefox ESR; and unzip, for the release check. Installs them through apt when they are missing
# and this shell may (root with apt-get); otherwise stops at once with the command to run.
# CHROMIUM_PATH / FIREFOX_PATH point the tests at other binaries and skip the install.
set -euo pipefail

packages=()
if [ -z "${CHROMIUM_PATH:-}" ]; then
  [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -e /usr/lib/chromium/locales/nl.pak ] || packages+=(chromium-l10n)
elif [ ! -x "$CHROMIUM_PATH" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
if [ -z "${FIREFOX_PATH:-}" ]; then
  [ -x /usr/bin/firefox-esr ] || [ -x /usr/bin/firefox ] || packages+=(firefox-esr)
elif [ ! -x "$FIREFOX_PATH" ]; then
  echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable file." >&2
  exit 1
fi

command -v unzip >/dev/null 2>&1 || packages+=(unzip)

[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the browsers the tests need: ${packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
The browser tests need: ${packages[*]}
Install them with:

  sudo apt-get install -y ${packages[*]}

or point the tests at browsers you have: CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox npm test
MSG
exit 1
