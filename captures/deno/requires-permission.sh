#!/usr/bin/env bash
# Reproduces deno/requires-permission: a script reads env, files or the network without the --allow-*
# flag, non-interactively (as on CI).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf 'const port = Deno.env.get("PORT");\nconsole.log(port);\n' > env.ts
printf 'const text = await Deno.readTextFile("./config.json");\nconsole.log(text);\n' > read.ts
printf 'Deno.serve({ port: 8787 }, () => new Response("ok"));\n' > serve.ts
deno run --no-prompt env.ts
deno run --no-prompt read.ts
deno run --no-prompt serve.ts
exit 0
