#!/usr/bin/env bash
# Reproduces npm/peer-dep-missing: a peer dependency that is not installed (npm 6 warns; npm 7+ --legacy-peer-deps and npm ls report it).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
npm init -y >/dev/null
npm install react-dom@18 --legacy-peer-deps >/dev/null 2>&1
npm ls
[ -x "$NPM6" ] && { rm -rf node_modules package-lock.json; "$NPM6" install react-dom@18 2>&1; "$NPM6" ls; }
[ -x "$NPM8" ] && "$NPM8" ls
exit 0
