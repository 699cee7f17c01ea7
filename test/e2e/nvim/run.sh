#!/usr/bin/env bash
# Drives dist/server.js from headless Neovim's built-in LSP client: a second real editor besides VS Code,
# and a quick one (no browser). The requests to send live in checks.json. Needs `node esbuild.mjs` first.
#   POLICY_LENS_NVIM_STRICT=1  treat "server exited before initialize" as a failure instead of a skip
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# POLICY_LENS_SERVER: another server build to drive (default: the bundle in dist/).
server="${POLICY_LENS_SERVER:-$root/dist/server.js}"

if ! command -v nvim >/dev/null; then
  # Debian bookworm's neovim (0.7.2) has the LSP client; CI runs as root without a terminal.
  echo "[nvim-e2e] installing neovim"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  apt_log="$(mktemp)"
  if ! { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends neovim; } </dev/null >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log"; echo "[nvim-e2e] apt-get failed (full log: $apt_log)"; exit 1
  fi
  rm -f "$apt_log"
fi
[ -f "$server" ] || { echo "[nvim-e2e] $server missing: run node esbuild.mjs"; exit 1; }

set +e
# timeout: a wedged nvim must not hang CI; client.lua's own waits are far shorter.
POLICY_LENS_SERVER="$server" \
POLICY_LENS_WORKSPACE="$root/test/e2e/fixtures/workspace" \
POLICY_LENS_NVIM_CHECKS="${POLICY_LENS_NVIM_CHECKS:-$here/checks.json}" \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/client.lua" </dev/null
code=$?
set -e

if [ "$code" = 77 ] && [ "${POLICY_LENS_NVIM_STRICT:-}" != 1 ]; then
  echo "[nvim-e2e] skipped (exit 0); set POLICY_LENS_NVIM_STRICT=1 to make this a failure"
  exit 0
fi
exit "$code"
