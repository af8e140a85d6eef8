#!/usr/bin/env bash
# Reproduces vue/vue-file-module-not-found: plain tsc type-checking an import of a .vue file
# with no shim declaring "*.vue" modules.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p src/components
printf '<template><div/></template>\n' > src/App.vue
printf '<template><div/></template>\n' > src/components/HelloWorld.vue
printf 'import App from "./App.vue";\nimport HelloWorld from "@/components/HelloWorld.vue";\nexport { App, HelloWorld };\n' > src/main.ts
printf '{ "compilerOptions": { "strict": true, "module": "esnext", "moduleResolution": "bundler", "noEmit": true, "baseUrl": ".", "paths": { "@/*": ["src/*"] } }, "include": ["src"] }\n' > tsconfig.json
tsc -p tsconfig.json
tsc -p tsconfig.json --pretty
exit 0
