#!/usr/bin/env bash
# Reproduces c/segmentation-fault: a program dereferences a NULL pointer; the shell reports
# the SIGSEGV.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf '#include <stdio.h>\nint main(void) { int *p = NULL; printf("start\\n"); fflush(stdout); return *p; }\n' > crash.c
gcc -g crash.c -o crash
bash -c './crash'
bash -c 'ulimit -c unlimited; ./crash'
sh -c './crash; echo "exit status $?"'
# zsh reports signals only when interactive; script(1) gives it a terminal.
if command -v zsh >/dev/null && command -v script >/dev/null; then
  printf './crash\nexit\n' | script -qc 'zsh -f -i' /dev/null | tr -d '\r' | grep -a 'segmentation fault'
fi
