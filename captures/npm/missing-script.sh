#!/usr/bin/env bash
# Reproduces npm/missing-script: npm run with a script name package.json does not define.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"echo build\",\"test\":\"echo test\"}}\n" > package.json
npm start
npm run dev
[ -x "$NPM8" ] && "$NPM8" run serve
[ -x "$NPM6" ] && "$NPM6" start
exit 0
