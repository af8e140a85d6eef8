#!/usr/bin/env bash
# Reproduces typescript/ts2564-property-no-initializer: a class property declared without an
# initializer under strictPropertyInitialization (part of strict).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export class UserService {\n  private name: string;\n  apiUrl: string;\n  constructor() {}\n}\n' > user.service.ts
tsc --noEmit --strict user.service.ts
tsc --noEmit --strict --pretty user.service.ts
exit 0
