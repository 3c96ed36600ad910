#!/usr/bin/env bash
# Starts/stops code-server (the real VS Code workbench) on 127.0.0.1, sandboxed in one data folder:
# its config, user data, extensions and XDG dirs all live there, nothing is written to $HOME.
#   e2e/server.sh start DATA PORT [file.vsix ...]   (prints "server up", pid in DATA/server.pid, log in DATA/server.log)
#   e2e/server.sh stop DATA
set -euo pipefail
CACHE=${SPECLINT_E2E_CACHE:-$HOME/.cache/speclint-e2e}
CMD=$1; DATA=$(mkdir -p "$2" && cd "$2" && pwd)

if [ "$CMD" = stop ]; then
  PID=$(cat "$DATA/server.pid" 2>/dev/null) || { echo "no server running for $DATA"; exit 0; }
  # setsid made the server a process-group leader: stop the whole group (it spawns helpers)
  kill -TERM -- -"$PID" 2>/dev/null || kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- -"$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- -"$PID" 2>/dev/null || true
  rm -f "$DATA/server.pid"
  echo "server stopped ($PID)"
  exit 0
fi

PORT=$3; shift 3
ARCH=$(node -p 'process.arch')
export PATH=$CACHE/node24/node_modules/node-linux-$ARCH/bin:$PATH
export XDG_CONFIG_HOME=$DATA/xdg/config XDG_DATA_HOME=$DATA/xdg/data XDG_CACHE_HOME=$DATA/xdg/cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$DATA/user/User" "$DATA/ext"
CS=$CACHE/cs-lite/node_modules/.bin/code-server
ARGS=(--config "$DATA/config.yaml" --user-data-dir "$DATA/user" --extensions-dir "$DATA/ext")
# Quiet, predictable workbench: no welcome page, no AI chat, no trust prompt, no auto-save.
[ -f "$DATA/user/User/settings.json" ] || cat > "$DATA/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "files.autoSave": "off",
  "editor.minimap.enabled": false,
  "window.commandCenter": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false
}
JSON
for v in "$@"; do "$CS" "${ARGS[@]}" --install-extension "$v" --force >> "$DATA/install.log" 2>&1 || { cat "$DATA/install.log"; exit 1; }; done
T0=$(date +%s%N)
setsid "$CS" "${ARGS[@]}" --auth none --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  > "$DATA/server.log" 2>&1 &
echo $! > "$DATA/server.pid"
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
    echo "server up on http://127.0.0.1:$PORT after $(( ($(date +%s%N) - T0) / 1000000 )) ms"; exit 0
  fi
  kill -0 "$(cat "$DATA/server.pid")" 2>/dev/null || break
  sleep 0.1
done
echo "code-server did not come up:"; tail -40 "$DATA/server.log"; exit 1
