#!/usr/bin/env bash
# Reproduces node/npm-e404: installing a package name the registry does not have.
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
npm install errkb-no-such-package-2f9c
echo "---- npm 8"
[ -x "$NPM8" ] && "$NPM8" install @errkb-nope/missing-lib
exit 0
