#!/usr/bin/env bash
# Reproduces c/multiple-definition: a variable and a function defined in a header included by
# two translation units.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf 'int counter = 0;\nint helper(void) { return 1; }\n' > shared.h
printf '#include "shared.h"\nint main(void) { return helper() + counter; }\n' > main.c
printf '#include "shared.h"\nint other(void) { return counter; }\n' > other.c
gcc main.c other.c -o app
printf 'int config_level;\n' > a.c
printf 'int config_level;\nint main(void) { return config_level; }\n' > b.c
gcc a.c b.c -o app2
if command -v clang >/dev/null; then clang main.c other.c -o app; fi
