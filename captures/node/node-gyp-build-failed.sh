#!/usr/bin/env bash
# Reproduces node/node-gyp-build-failed: a native addon whose C++ does not compile against the
# installed Node headers (the usual story for an old native dependency on a new Node).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires npm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# Debian's nodejs ships its headers in /usr/include/node; elsewhere node-gyp downloads them.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
mkdir -p legacy-addon/src
printf '{"name":"legacy-addon","version":"0.4.2","gypfile":true}\n' > legacy-addon/package.json
printf '{"targets":[{"target_name":"legacy","sources":["src/legacy.cc"]}]}\n' > legacy-addon/binding.gyp
# v8::Handle and NanNew were removed from V8/nan years ago; old addons still use them.
cat > legacy-addon/src/legacy.cc <<'CC'
#include <node.h>
void Init(v8::Handle<v8::Object> exports) { NanNew("x"); }
NODE_MODULE(legacy, Init)
CC
printf '{"name":"web","version":"1.0.0"}\n' > package.json
npm install ./legacy-addon
[ -x /tmp/npm8/bin/npm ] && /tmp/npm8/bin/npm install ./legacy-addon
exit 0
