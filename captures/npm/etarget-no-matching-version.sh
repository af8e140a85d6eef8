#!/usr/bin/env bash
# Reproduces npm/etarget-no-matching-version: a version range no published version satisfies.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
npm init -y >/dev/null
npm install left-pad@^9.9.9
[ -x "$NPM8" ] && "$NPM8" install left-pad@2.0.0
exit 0
