#!/usr/bin/env bash
# Reproduces typescript/ts2741-property-missing: an object literal or JSX element without a required property.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "interface Props { title: string; onClose: () => void }\nconst p: Props = { title: \"Hi\" };\nexport { p };\n" > a.ts
tsc --noEmit --strict a.ts
tsc --noEmit --strict --pretty a.ts
exit 0
