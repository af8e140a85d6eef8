#!/usr/bin/env bash
# Reproduces c/segmentation-fault: a program dereferences a NULL pointer; the shell reports
# the SIGSEGV.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf '#include <stdio.h>\nint main(void) { int *p = NULL; printf("start\\n"); fflush(stdout); return *p; }\n' > crash.c
gcc -g crash.c -o crash
bash -c './crash'
bash -c 'ulimit -c unlimited; ./crash'
sh -c './crash; echo "exit status $?"'
if command -v zsh >/dev/null; then zsh -c './crash; true'; zsh -c './crash'; fi
