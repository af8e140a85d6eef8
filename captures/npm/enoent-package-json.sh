#!/usr/bin/env bash
# Reproduces npm/enoent-package-json: npm commands run in a directory with no package.json.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

npm run build
npm start
[ -x "$NPM8" ] && "$NPM8" run dev
[ -x "$NPM6" ] && "$NPM6" install
exit 0
