#!/usr/bin/env bash
# Reproduces vue/multi-word-component-names: eslint-plugin-vue's recommended config on a
# single-word component file name (ESLint 9 with eslint-plugin-vue in /tmp/eslint9).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src/components src/views
printf '<template><div>{{ msg }}</div></template>\n<script setup>\nconst props = defineProps({ msg: { type: String, default: "" } });\n</script>\n' > src/components/Header.vue
printf '<template><h1>Home</h1></template>\n' > src/views/Home.vue
cat > eslint.config.mjs <<'JS'
import pluginVue from "eslint-plugin-vue";
export default [...pluginVue.configs["flat/recommended"]];
JS
eslint_major 9 src
exit 0
