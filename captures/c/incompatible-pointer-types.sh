#!/usr/bin/env bash
# Reproduces c/incompatible-pointer-types: passing or assigning a pointer of the wrong type
# (a warning in gcc 12/13 and clang 14, an error by default in gcc 14+).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
cat > main.c <<'C'
#include <stddef.h>
struct node { int v; };
static int sum(const int *xs, size_t n) { int s = 0; for (size_t i = 0; i < n; i++) s += xs[i]; return s; }
int main(void) {
  long values[3] = {1, 2, 3};
  struct node n = {0};
  char *name = &n;
  return sum(values, 3) + (name != NULL);
}
C
gcc -c main.c -o main.o 2>&1
gcc -Werror=incompatible-pointer-types -c main.c -o main.o 2>&1 | head -4
if command -v clang >/dev/null; then clang -c main.c -o main.o 2>&1; fi
