#!/usr/bin/env bash
# Reproduces c/relocation-recompile-fpic: linking a shared object from code compiled without
# position-independent code.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc ar
enter_work_dir
printf 'static const char *msg = "hi";\nconst char *greet(void) { return msg; }\nint table[4];\nint *get(void) { return table; }\n' > greet.c
gcc -fno-pic -c greet.c -o greet.o
gcc -shared greet.o -o libgreet.so
ar rcs libgreet.a greet.o
printf 'const char *greet(void);\nconst char *g2(void) { return greet(); }\n' > wrap.c
gcc -fPIC -c wrap.c -o wrap.o
gcc -shared wrap.o -L. -Wl,-Bstatic -lgreet -Wl,-Bdynamic -o libwrap.so
