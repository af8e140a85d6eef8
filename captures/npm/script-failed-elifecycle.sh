#!/usr/bin/env bash
# Reproduces npm/script-failed-elifecycle: an npm script whose command exits non-zero.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"node build.js\"}}\n" > package.json
printf "console.error(\"build: missing env API_URL\"); process.exit(2);\n" > build.js
npm run build
[ -x "$NPM6" ] && "$NPM6" run build
# npm 7+ prints nothing more for a failing root script; it reports install scripts and
# workspace scripts that fail.
rm -rf ./*
mkdir dep && printf "{\"name\":\"native-thing\",\"version\":\"1.0.0\",\"scripts\":{\"postinstall\":\"node install.js\"}}\n" > dep/package.json
printf "console.error(\"prebuild-install warn install No prebuilt binaries found\"); process.exit(1)\n" > dep/install.js
printf "{\"name\":\"web\",\"version\":\"1.0.0\"}\n" > package.json
npm install ./dep
[ -x "$NPM8" ] && "$NPM8" install ./dep
rm -rf ./*
mkdir -p packages/api && printf "{\"name\":\"mono\",\"workspaces\":[\"packages/*\"]}\n" > package.json
printf "{\"name\":\"api\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"node build.js\"}}\n" > packages/api/package.json
printf "console.error(\"Error: Cannot find config.json\"); process.exit(3)\n" > packages/api/build.js
npm run build -w api
[ -x "$NPM8" ] && "$NPM8" run build --workspaces
exit 0
