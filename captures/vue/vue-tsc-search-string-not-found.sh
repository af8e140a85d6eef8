#!/usr/bin/env bash
# Reproduces vue/vue-tsc-search-string-not-found: vue-tsc 1.x (which patches tsc's source by
# regex) run against TypeScript 5.3+. Uses /tmp/vuetsc1 (npm i vue-tsc@1.8.27 typescript@5.9
# vue@3) when present, else installs the same into the work directory.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
if [ -x /tmp/vuetsc1/node_modules/.bin/vue-tsc ]; then
    ln -s /tmp/vuetsc1/node_modules node_modules
else
    npm init -y >/dev/null && npm install --silent vue-tsc@1.8.27 typescript@5.9 vue@3 >/dev/null 2>&1
fi
mkdir src
printf '<template><div/></template>\n' > src/App.vue
printf 'import App from "./App.vue";\nexport { App };\n' > src/main.ts
printf '{ "compilerOptions": { "strict": true, "module": "esnext", "moduleResolution": "bundler", "noEmit": true }, "include": ["src/**/*.ts", "src/**/*.vue"] }\n' > tsconfig.json
./node_modules/.bin/vue-tsc --noEmit
# The same through the build script create-vue projects have.
printf '{"name":"web","version":"0.0.0","private":true,"scripts":{"type-check":"vue-tsc --noEmit -p tsconfig.json"}}\n' > package.json
npm run type-check
exit 0
