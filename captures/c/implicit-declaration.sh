#!/usr/bin/env bash
# Reproduces c/implicit-declaration: calling a function with no prototype in scope.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf 'int main(void) { char *p = strdup("x"); return parse_args(1, p); }\n' > main.c
gcc -c main.c -o main.o
gcc -Werror=implicit-function-declaration -c main.c -o main.o
gcc -std=c99 -pedantic-errors -c main.c -o main.o
if command -v clang >/dev/null; then clang -c main.c -o main.o; fi
