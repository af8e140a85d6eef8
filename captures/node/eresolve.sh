#!/usr/bin/env bash
# Reproduces node/eresolve: npm 7+ refuses a peer dependency conflict (react-dom 18 needs react 18).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires npm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm 8 (npm ERR! prefix): npm i -g npm@8 --prefix /tmp/npm8

npm init -y >/dev/null
npm install react@17 react-dom@18
echo "---- npm 8"
[ -x "$NPM8" ] && "$NPM8" install react@17 react-dom@18
exit 0
