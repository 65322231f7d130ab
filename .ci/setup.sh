#!/usr/bin/env bash
# Brings a fresh machine (Debian + Node 20) to the point where Jalon builds and its tests run:
# pnpm 12.4.2, the dependencies from the lockfile, and (with --browser) Debian's Chromium.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  echo "Installing pnpm $want_pnpm…"
  npm install --global --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
  hash -r
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages…"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium >/dev/null
fi

pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
