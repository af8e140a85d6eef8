#!/usr/bin/env bash
# Reproduces c/stack-smashing-detected: a write past a stack buffer trips the stack protector.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc zsh
enter_work_dir
printf '#include <string.h>\nvoid copy(const char *s) { char buf[8]; strcpy(buf, s); }\nint main(int c, char **v) { copy("this string is far too long for buf"); return 0; }\n' > ss.c
gcc -O0 -fstack-protector-strong -w ss.c -o ss
bash -c './ss'
zsh -c './ss; true'
