#!/usr/bin/env bash
# Reproduces angular/ng8001-not-a-known-element and angular/ng8002-cant-bind-property: a fresh
# standalone app whose template uses a component and ngModel without importing them. Slow:
# ng new installs the whole Angular toolchain from the registry (about 320 MB).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export NG_CLI_ANALYTICS=false
ng() { js_tool ng @angular/cli "$@"; }
ng new demo --defaults --skip-git --ssr=false --ai-config=none >/dev/null 2>&1 || exit 0
cd demo || exit 0
./node_modules/.bin/ng generate component user-card --skip-tests >/dev/null
printf '<app-user-card></app-user-card>\n<input [(ngModel)]="name">\n<router-outlet />\n' > src/app/app.html
sed -i "s/^export class App {/export class App {\n  name = '';/" src/app/app.ts
./node_modules/.bin/ng build
exit 0
