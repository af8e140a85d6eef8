#!/usr/bin/env bash
# Reproduces npm/eintegrity: the lockfile integrity hash does not match the downloaded tarball.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"1.3.0\"}}\n" > package.json
npm install --package-lock-only >/dev/null 2>&1
# Corrupt the recorded sha512 so it no longer matches the tarball.
sed -i "s|\"integrity\": \"sha512-[^\"]*\"|\"integrity\": \"sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQLQ9BKTCM6N8ySNCiNUiK5LjjpJi9E0zY8gOP2EyBGoa7cA==\"|" package-lock.json
npm ci
rm -rf node_modules
[ -x "$NPM8" ] && "$NPM8" ci --cache "$work/.npm8-cache"
exit 0
