#!/usr/bin/env bash
# Reproduces typescript/ts2307-cannot-find-module: an import tsc cannot resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir src && printf "import axios from \"axios\";\nimport { db } from \"./lib/db\";\nimport styles from \"./app.module.css\";\nexport { axios, db, styles };\n" > src/app.ts
tsc --noEmit --strict --module nodenext --moduleResolution nodenext src/app.ts
tsc --noEmit --pretty src/app.ts
exit 0
