#!/usr/bin/env bash
# Reproduces c/double-free: glibc's allocator aborts on a pointer freed twice.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf '#include <stdlib.h>\n#include <string.h>\nint main(void) { char *p = malloc(32); strcpy(p, "x"); free(p); free(p); return 0; }\n' > df.c
gcc -O0 df.c -o df
bash -c './df'
printf '#include <stdlib.h>\nint main(void) { int a[4]; free(a + 1); return 0; }\n' > inv.c
gcc -O0 -w inv.c -o inv
bash -c './inv'
if command -v zsh >/dev/null && command -v script >/dev/null; then
  printf './df\nexit\n' | script -qc 'zsh -f -i' /dev/null | tr -d '\r' | grep -a -e 'double free' -e 'abort'
fi
