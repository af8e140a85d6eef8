#!/usr/bin/env bash
# Reproduces c/redefinition: a header without include guards included twice and a function
# defined twice in one file, compiled as C and as C++.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++
enter_work_dir
printf 'struct Point { int x, y; };\n' > point.h
printf '#include "point.h"\n#include "point.h"\nint sq(int x) { return x * x; }\nint sq(int x) { return x * x; }\nint main(void) { struct Point p = {1, 2}; return sq(p.x); }\n' > main.c
gcc -c main.c -o main.o 2>&1
g++ -x c++ -c main.c -o main.o 2>&1
