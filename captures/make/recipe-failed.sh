#!/usr/bin/env bash
# Reproduces make/recipe-failed: a recipe's command exits non-zero (a compile error), directly
# and through a recursive make.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires make gcc
enter_work_dir
printf 'all:\n\tgcc -o app main.c\n' > Makefile
printf 'int main(void) { return undefined_symbol; }\n' > main.c
make 2>&1
mkdir sub
printf 'all:\n\tfalse\n' > sub/Makefile
printf 'build:\n\t$(MAKE) -C sub\n' > Makefile
make build 2>&1
