#!/usr/bin/env bash
# Reproduces c/conflicting-types: a function used before its declaration (implicitly int) and a
# prototype that disagrees with the definition.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
cat > main.c <<'C'
#include <stdio.h>
int main(void) { printf("%d\n", area(2, 3)); return 0; }
double area(double w, double h) { return w * h; }
int count(int);
long count(int n) { return n; }
C
gcc -c main.c -o main.o 2>&1 | grep -v 'warning: implicit declaration' | grep -E -A3 'error|note'
