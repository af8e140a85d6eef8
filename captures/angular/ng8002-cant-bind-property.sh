#!/usr/bin/env bash
# Reproduces angular/ng8002-cant-bind-property: a fresh
# standalone app whose template binds ngModel without importing FormsModule. A project
# made once with `ng new demo --defaults --skip-git --ssr=false --ai-config=none` in /tmp/ngenv
# is reused when present (its node_modules linked); else ng new runs here, which installs the
# whole Angular toolchain from the registry (about 320 MB, several minutes).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export NG_CLI_ANALYTICS=false
NGENV=${NGENV:-/tmp/ngenv/demo}
if [ -d "$NGENV/node_modules/@angular/core" ]; then
    mkdir demo && (cd "$NGENV" && tar cf - --exclude=node_modules --exclude=.angular --exclude=dist .) | (cd demo && tar xf -)
    ln -s "$NGENV/node_modules" demo/node_modules
else
    js_tool ng @angular/cli new demo --defaults --skip-git --ssr=false --ai-config=none >/dev/null 2>&1 || exit 0
fi
cd demo || exit 0
rm -rf src/app/user-card
./node_modules/.bin/ng generate component user-card --skip-tests >/dev/null
printf '<input [(ngModel)]="name">\n<router-outlet />\n' > src/app/app.html
grep -q "name = ''" src/app/app.ts || sed -i "s/^export class App {/export class App {\n  name = '';/" src/app/app.ts
./node_modules/.bin/ng build
exit 0
