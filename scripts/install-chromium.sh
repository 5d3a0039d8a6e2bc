#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end UI tests (test/ui-e2e.test.ts),
# which drive it through playwright-core. Never downloads a browser of its own:
# only the Debian package, through apt-get. Idempotent: does nothing when
# /usr/bin/chromium is already there. Exit status 0 when Chromium is ready,
# 1 when it cannot be installed (no apt-get, not root and no sudo, no network).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "install-chromium: $CHROMIUM is already installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: $CHROMIUM is missing and apt-get is not available — install Chromium with your package manager" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "install-chromium: $CHROMIUM is missing and installing it needs root — run: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-chromium: $CHROMIUM is missing — running apt-get update"
"${SUDO[@]}" apt-get update -qq
echo "install-chromium: running apt-get install -y --no-install-recommends chromium (about 20 s, ~480 MB)"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ ! -x "$CHROMIUM" ]; then
  echo "install-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "install-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
