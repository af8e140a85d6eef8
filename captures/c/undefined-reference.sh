#!/usr/bin/env bash
# Reproduces c/undefined-reference: a function is declared and called but never defined or
# linked, and a library function is used without its -l flag.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++
enter_work_dir
printf 'int compute_checksum(const char *s);\nint main(void) { return compute_checksum("x"); }\n' > main.c
gcc main.c -o app
printf '#include <math.h>\n#include <pthread.h>\nvoid *w(void *a) { return a; }\nint main(int c, char **v) { pthread_t t; pthread_create(&t, 0, w, 0); return (int)sqrt((double)c); }\n' > m.c
gcc -O0 m.c -o m -fno-builtin
printf 'namespace net { void connect(int port); }\nint main() { net::connect(80); }\n' > a.cpp
g++ a.cpp -o a
if command -v clang >/dev/null; then clang main.c -o app; fi
