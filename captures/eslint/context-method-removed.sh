#!/usr/bin/env bash
# Reproduces eslint/context-method-removed: plugins written for ESLint 8 (eslint-plugin-react-hooks
# 4.6.0, eslint-plugin-react 7.33.0) run under ESLint 9, which removed context.getSource and
# friends. Uses /tmp/eslint9old (npm i --legacy-peer-deps eslint@9 eslint-plugin-react-hooks@4.6.0
# eslint-plugin-react@7.33.0), else installs the same into the work directory.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
if [ -x /tmp/eslint9old/node_modules/.bin/eslint ]; then
    ln -s /tmp/eslint9old/node_modules node_modules
else
    npm init -y >/dev/null
    npm install --silent --legacy-peer-deps eslint@9 eslint-plugin-react-hooks@4.6.0 eslint-plugin-react@7.33.0 >/dev/null 2>&1
fi
mkdir src
printf 'import { useEffect } from "react";\nexport function A({ x }) { useEffect(() => { console.log(x); }, []); return null; }\n' > src/a.jsx
cat > eslint.config.mjs <<'JS'
import hooks from "eslint-plugin-react-hooks";
export default [{ files: ["**/*.jsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, plugins: { "react-hooks": hooks }, rules: { "react-hooks/exhaustive-deps": "warn" } }];
JS
./node_modules/.bin/eslint src 2>&1 | head -12
cat > eslint.config.mjs <<'JS'
import react from "eslint-plugin-react";
export default [{ files: ["**/*.jsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, settings: { react: { version: "18.2" } }, plugins: { react }, rules: { "react/display-name": "error" } }];
JS
./node_modules/.bin/eslint src 2>&1 | head -12
exit 0
