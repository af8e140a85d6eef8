#!/usr/bin/env bash
# Reproduces c/cannot-find-library: linking against a library the linker cannot find.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++
enter_work_dir
printf 'int main(void) { return 0; }\n' > main.c
gcc main.c -o app -lsnappyx
gcc main.c -o app -L/opt/vendor/lib -lfoo -lbar
g++ -x c++ main.c -o app -lboost_systemx
if command -v clang >/dev/null; then clang main.c -o app -lsnappyx; fi
