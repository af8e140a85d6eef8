#!/usr/bin/env bash
# Reproduces npm/eintegrity: the lockfile integrity hash does not match the downloaded tarball.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A private cache and user config keep the machine's npm state out of the capture.
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
NPM8=${NPM8:-/tmp/npm8/bin/npm}   # npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording)
NPM6=${NPM6:-/tmp/npm6/bin/npm}   # npm i -g npm@6 --prefix /tmp/npm6  (npm 6 wording)

printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"1.3.0\"}}\n" > package.json
npm install --package-lock-only >/dev/null 2>&1
# Corrupt the recorded sha512 so it no longer matches the tarball.
sed -i "s|\"integrity\": \"sha512-[^\"]*\"|\"integrity\": \"sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQLQ9BKTCM6N8ySNCiNUiK5LjjpJi9E0zY8gOP2EyBGoa7cA==\"|" package-lock.json
npm ci
rm -rf node_modules
[ -x "$NPM8" ] && "$NPM8" ci --cache "$work/.npm8-cache"
exit 0
