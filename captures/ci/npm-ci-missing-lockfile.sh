#!/usr/bin/env bash
# Reproduces ci/npm-ci-missing-lockfile: npm ci in a project with package.json but no lockfile.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires npm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"^1.3.0\"}}\n" > package.json
npm ci
[ -x "$NPM8" ] && "$NPM8" ci
NPM7=${NPM7:-/tmp/npm7/bin/npm}   # npm i -g npm@7 --prefix /tmp/npm7
[ -x "$NPM7" ] && "$NPM7" ci
[ -x "$NPM6" ] && "$NPM6" ci
exit 0
