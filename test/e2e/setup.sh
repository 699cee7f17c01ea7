#!/usr/bin/env bash
# Installs what the real-VS-Code e2e run needs, idempotently, OUTSIDE the project's dependencies:
#   - Debian packages: chromium (headless browser that renders the workbench), ripgrep, libkrb5-dev,
#     fonts-wqy-microhei (1.6 MB; without a CJK font the screenshots show the draft as empty boxes)
#   - code-server 4.100.3 (= VS Code 1.100.3; the last line that runs on Node 20) + playwright-core,
#     npm-installed into a cache folder so package.json / package-lock.json never mention them.
# Cold: ~1-2 min. Warm: well under a second (only version checks).
# See /work/shared/notes/real-vscode.md for why each step is needed.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${POLICY_LENS_E2E_CACHE:-$HOME/.cache/policy-lens-e2e}"
log() { printf '[e2e-setup] %s\n' "$*"; }
start=$SECONDS

# --- Debian packages -------------------------------------------------------------------------------
# Only touch apt when something is missing: apt-get update alone costs several seconds.
missing=()
for pkg in chromium ripgrep libkrb5-dev fonts-wqy-microhei; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  # CI runs as root without a terminal; elsewhere fall back to sudo.
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
    SUDO="sudo"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # apt's progress output is long and useless on success: keep it in a log, show its end on failure.
  apt_log="$(mktemp)"
  if ! { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; } </dev/null >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log"; log "apt-get failed (full log: $apt_log)"; exit 1
  fi
  rm -f "$apt_log"
fi

# --- code-server + playwright-core in the cache folder ---------------------------------------------
installed_version() {
  node -p "try { require('$CACHE/node_modules/$1/package.json').version } catch { '' }"
}
if [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] && [ -n "$(installed_version playwright-core)" ] \
   && [ -x "$CACHE/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION and playwright-core already in $CACHE"
else
  # @vscode/ripgrep (a code-server dependency) downloads rg from GitHub in its postinstall, which this
  # network cannot reach; it first looks for the tarball in this cache dir, so we build it from Debian's rg.
  RG_CACHE="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
  RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$RG_TARBALL" ]; then
    mkdir -p "$RG_CACHE/s"
    cp "$(command -v rg)" "$RG_CACHE/s/rg"
    tar czf "$RG_TARBALL" -C "$RG_CACHE/s" rg
  fi

  log "npm install code-server@$CODE_SERVER_VERSION playwright-core into $CACHE (first time: 1-2 min)"
  mkdir -p "$CACHE"
  # A package.json of its own keeps npm from walking up into some enclosing project.
  [ -f "$CACHE/package.json" ] || echo '{ "name": "policy-lens-e2e-tools", "private": true }' > "$CACHE/package.json"
  # yes=true: install scripts (node-pty) run npx, which cancels when the machine's npm config has yes=false.
  # unsafe_perm=true: code-server's postinstall refuses to run as root otherwise.
  # --save-exact: the cache's package.json records what was installed instead of a ^range.
  (cd "$CACHE" && npm_config_yes=true npm_config_unsafe_perm=true npm install --prefix "$CACHE" \
    --save-exact --no-fund --no-audit --loglevel=error "code-server@$CODE_SERVER_VERSION" playwright-core)
  [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] || { log "code-server install failed"; exit 1; }
fi

log "ready in $((SECONDS - start)) s (cache: $CACHE)"
