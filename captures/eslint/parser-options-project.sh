#!/usr/bin/env bash
# Reproduces eslint/parser-options-project: typescript-eslint typed linting of a file that the
# tsconfig named in parserOptions.project does not include.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src scripts
printf 'export const a: number = 1;\n' > src/index.ts
printf 'export const b = 2;\n' > scripts/build.ts
printf '{ "compilerOptions": { "strict": true }, "include": ["src"] }\n' > tsconfig.json
cat > eslint.config.mjs <<'JS'
import tseslint from "typescript-eslint";
export default tseslint.config(...tseslint.configs.recommendedTypeChecked, {
  languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } },
});
JS
eslint_major 9 src scripts
exit 0
