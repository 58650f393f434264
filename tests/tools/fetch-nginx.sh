#!/usr/bin/env bash
# Unpacks Debian's nginx binary into a folder (default .venv/nginx), without installing it system-wide or
# starting any service, for the tests that run the README's nginx examples in front of the bot. Does nothing
# when nginx is already on PATH or already unpacked, and gives up quietly where apt-get is not available
# (those tests are then skipped, saying what to install).
set -euo pipefail
target=${1:-.venv/nginx}
if command -v nginx >/dev/null 2>&1 || [ -x "$target/usr/sbin/nginx" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
  echo "fetch-nginx: no apt-get here; the nginx example tests will be skipped" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 777 "$work"
if ! (cd "$work" && apt-get download nginx >/dev/null 2>&1); then
  (apt-get update -qq >/dev/null 2>&1 && cd "$work" && apt-get download nginx >/dev/null 2>&1) || {
    echo "fetch-nginx: could not download nginx; the nginx example tests will be skipped" >&2
    exit 0
  }
fi
mkdir -p "$target"
dpkg -x "$work"/nginx_*.deb "$target"
"$target/usr/sbin/nginx" -v
