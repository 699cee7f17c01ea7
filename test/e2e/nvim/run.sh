#!/usr/bin/env bash
# Drives dist/server.js from headless Neovim's built-in LSP client: a second real editor besides VS Code,
# and a quick one (no browser). The requests to send live in checks.json. Needs `node esbuild.mjs` first.
# Exits non-zero when a check fails, or when the server exits, does not answer or never gets ready.
#   POLICY_LENS_SERVER       another server build to drive (default: the bundle in dist/)
#   POLICY_LENS_NVIM_CHECKS  another checks file (default: checks.json next to this script)
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
# A missing build is a different mistake from a server that does not answer: say so before nvim starts.
[ -f "$server" ] || { echo "[nvim-e2e] FAIL $server missing: run node esbuild.mjs (npm run test:nvim does)"; exit 1; }

set +e
# timeout: a wedged nvim must not hang CI; client.lua's own waits are far shorter.
POLICY_LENS_SERVER="$server" \
POLICY_LENS_WORKSPACE="$root/test/e2e/fixtures/workspace" \
POLICY_LENS_NVIM_CHECKS="${POLICY_LENS_NVIM_CHECKS:-$here/checks.json}" \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/client.lua" </dev/null
code=$?
set -e

case "$code" in
  0) ;;
  124) echo "[nvim-e2e] FAIL nvim did not finish within 120 s" ;;
  *) echo "[nvim-e2e] FAIL (exit $code)" ;;
esac
# Any non-zero code from nvim (even a stray 77) is a failure: there is no skip any more.
exit "$code"
