#!/usr/bin/env bash
# Reproduces node/npm-eacces-permission-denied: a global install by a user who cannot write the global prefix (runs as 'nobody'; needs root to switch user).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

chmod 777 "$work"
as_nobody() { runuser -u nobody -- env HOME="$work" npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" "$@"; }
as_nobody npm install -g typescript --prefix /usr/local --fetch-retries=0
[ -x "$NPM8" ] && as_nobody node "$(dirname "$NPM8")/../lib/node_modules/npm/bin/npm-cli.js" install -g nodemon --prefix /usr/local --fetch-retries=0
exit 0
