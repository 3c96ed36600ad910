#!/usr/bin/env bash
# `npm run demo`: builds and packages the extension, starts the real VS Code workbench (code-server)
# with it installed and a copy of examples/ open, and prints the URL. Ctrl+C stops it.
# env: SPECLINT_E2E_CACHE, PORT (default 8080, or a free one if taken)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
export SPECLINT_E2E_CACHE=${SPECLINT_E2E_CACHE:-$HOME/.cache/speclint-e2e}
bash e2e/install.sh ui
npm run --silent package >/dev/null
VSIX=$ROOT/speclint-$(node -p "require('./package.json').version").vsix
DATA=$SPECLINT_E2E_CACHE/demo
bash e2e/server.sh stop "$DATA" >/dev/null 2>&1 || true
rm -rf "$DATA/examples" && mkdir -p "$DATA" && cp -r examples "$DATA/examples"
PORT=${PORT:-8080}
if (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then PORT=$(node e2e/free-port.mjs); fi
trap 'bash e2e/server.sh stop "$DATA"' EXIT INT TERM
bash e2e/server.sh start "$DATA" "$PORT" "$VSIX" >/dev/null
URL="http://127.0.0.1:$PORT/?folder=$DATA/examples"
cat <<MSG

  SpecLint demo is running (VS Code in the browser, extension installed from $(basename "$VSIX")):

    $URL

  Open bad-brief.md, press Ctrl+. on a squiggle, type "brief" + Ctrl+Space in a new .md file,
  or run "SpecLint: Fix all" from the command palette (F1). The examples are a copy in
  $DATA/examples, so your repository is not changed. Press Ctrl+C to stop.

MSG
wait "$(cat "$DATA/server.pid")" 2>/dev/null || while kill -0 "$(cat "$DATA/server.pid" 2>/dev/null)" 2>/dev/null; do sleep 1; done
