#!/usr/bin/env bash
# The whole end-to-end cycle: install (cached) → build → package .vsix → grammar check →
# start code-server with the .vsix → UI test in chromium → stop. Prints timings.
# env: SPECLINT_E2E_CACHE (default ~/.cache/speclint-e2e), PORT (default: a free one), KEEP=1 keeps the data folder
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
export SPECLINT_E2E_CACHE=${SPECLINT_E2E_CACHE:-$HOME/.cache/speclint-e2e}
T0=$(date +%s%N); ms() { echo "[e2e $(( ($(date +%s%N) - T0) / 1000000 )) ms] $*"; }

bash e2e/install.sh ui || exit 1
ms "tools ready"
VERSION=$(node -p "require('./package.json').version")
npm run --silent package > /tmp/speclint-vsce-$$.log 2>&1 || { cat /tmp/speclint-vsce-$$.log; exit 1; }
rm -f /tmp/speclint-vsce-$$.log
VSIX=$ROOT/speclint-$VERSION.vsix
ms "packaged $(basename "$VSIX") ($(( $(stat -c %s "$VSIX") / 1024 )) KiB)"
node e2e/grammar-check.mjs || exit 1
ms "grammar checked"

mkdir -p "$SPECLINT_E2E_CACHE/runs"
DATA=$(mktemp -d "$SPECLINT_E2E_CACHE/runs/run-XXXXXX")
PORT=${PORT:-$(node e2e/free-port.mjs)}
cleanup() {
  bash e2e/server.sh stop "$DATA" >/dev/null
  if [ -n "${KEEP:-}" ]; then echo "kept $DATA"; else rm -rf "$DATA"; fi
}
trap cleanup EXIT
bash e2e/server.sh start "$DATA" "$PORT" "$VSIX" || exit 1
ms "code-server up with the extension installed"
PORT=$PORT DATA=$DATA node e2e/ui.test.mjs; RC=$?
[ $RC = 0 ] || { echo "--- server log (tail)"; tail -20 "$DATA/server.log"; }
ms "UI test finished rc=$RC (screenshots in test-results/e2e/)"
exit $RC
