#!/usr/bin/env bash
# Brings a fresh machine (Debian or Ubuntu + Node 20) to the point where Jalon builds and its tests
# run: pnpm 12.4.2, the dependencies from the lockfile, and (with --browser) the Debian packages of
# .ci/debian-packages.txt (Chromium, Firefox ESR, Caddy…). Safe to run again: each step is skipped
# when already done. Root is needed only for missing Debian packages; see docs/setup.md.
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=12.4.2
path_before="$PATH"
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  echo "Installing pnpm $want_pnpm…"
  if [ "$(id -u)" -eq 0 ] || [ -w "$(npm prefix --global)/lib" ]; then
    npm install --global --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
  else
    # No root: into ~/.local, which Debian and Ubuntu put on PATH when ~/.local/bin exists.
    npm install --global --prefix "$HOME/.local" --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
    export PATH="$HOME/.local/bin:$PATH"
    case ":$path_before:" in *":$HOME/.local/bin:"*) ;; *)
      echo "pnpm is now in ~/.local/bin, which is not on your PATH: add it (e.g. in ~/.profile), then run this again." >&2
      exit 1 ;;
    esac
  fi
  hash -r
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  while read -r package program variable _; do
    case "$package" in '' | '#'*) continue ;; esac
    if [ -n "${variable:-}" ] && [ -n "${!variable:-}" ]; then
      [ -x "${!variable}" ] || { echo "$variable=${!variable} is not an executable file." >&2; exit 1; }
      continue
    fi
    if [ -n "${program:-}" ] && [ "${program:0:1}" != "#" ]; then
      [ -x "$program" ] || missing+=("$package")
    elif ! dpkg -s "$package" >/dev/null 2>&1; then
      missing+=("$package")
    fi
  done < .ci/debian-packages.txt

  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo="sudo"
      else
        cat >&2 <<MSG
The tests need these Debian packages, and installing them needs root:
  sudo apt-get install -y ${missing[*]}
Or point the tests at programs you already have (docs/setup.md):
  CHROMIUM_PATH, FIREFOX_PATH, CADDY_PATH, NGINX_PATH, APACHE_PATH, RCLONE_PATH
MSG
        exit 1
      fi
    fi
    if ! command -v apt-get >/dev/null; then
      echo "No apt-get here: install ${missing[*]} yourself and set CHROMIUM_PATH, FIREFOX_PATH, CADDY_PATH, NGINX_PATH, APACHE_PATH, RCLONE_PATH (docs/setup.md)." >&2
      exit 1
    fi
    echo "Installing from Debian's packages: ${missing[*]}…"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
