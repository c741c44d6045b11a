#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Browsers first (installed if missing), then a
# fresh build of both extensions, unit tests, and the tests in real Chromium and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/ensure-browsers.sh
[ -d node_modules ] || npm ci
npm run build --silent
npx vitest run
npx vitest run --config vitest.browser.config.ts
