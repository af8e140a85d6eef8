#!/usr/bin/env bash
# Reproduces npm/peer-dep-missing: a peer dependency that is not installed (npm 6 warns; npm 7+ --legacy-peer-deps and npm ls report it).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

npm init -y >/dev/null
npm install react-dom@18 --legacy-peer-deps >/dev/null 2>&1
npm ls
[ -x "$NPM6" ] && { rm -rf node_modules package-lock.json; "$NPM6" install react-dom@18 2>&1; "$NPM6" ls; }
[ -x "$NPM8" ] && "$NPM8" ls
exit 0
