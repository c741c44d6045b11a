#!/bin/sh
# Starts Chromium in a mount namespace of its own, where the folder $HSC_CHROMIUM_ETC stands
# in for /etc/chromium: that Chromium, and only it, reads the policies in
# $HSC_CHROMIUM_ETC/policies/managed/*.json. No file on the machine changes, and nothing is
# left behind if a test is killed. Needs root (as the tests run here). Used as Playwright's
# executablePath by launchChromium({ policy }) in ./chromium.ts.
[ -d "$HSC_CHROMIUM_ETC" ] || { echo "chromium-in-namespace.sh: set HSC_CHROMIUM_ETC to a folder" >&2; exit 1; }
exec unshare --mount --propagation private /bin/sh -c \
  'mount --bind "$HSC_CHROMIUM_ETC" /etc/chromium && exec "$HSC_CHROMIUM_BIN" "$@"' \
  chromium "$@"
