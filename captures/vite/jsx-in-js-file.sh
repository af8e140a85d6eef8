#!/usr/bin/env bash
# Reproduces vite/jsx-in-js-file: JSX in a .js file that Vite's default transforms do not
# parse as JSX. Vite 5 (npm i vite@5 in /tmp/vite5) gives the import-analysis wording, Vite 8
# (rolldown, in $JSENV) the parser's own.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir src
printf '<!doctype html><div id="app"></div><script type="module" src="/src/main.js"></script>\n' > index.html
printf 'const App = () => <div>hi</div>;\nexport default App;\n' > src/main.js
if [ -x /tmp/vite5/node_modules/.bin/vite ]; then
    echo '$ vite build # vite 5'
    /tmp/vite5/node_modules/.bin/vite build 2>&1 | head -16
fi
echo '$ vite build'
js_tool vite vite build 2>&1 | head -16
exit 0
