#!/usr/bin/env bash
# Reproduces c/expected-semicolon: a statement or declaration missing its semicolon.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++
enter_work_dir
printf 'int main(void) {\n  int total = 0\n  return total;\n}\n' > main.c
gcc -c main.c -o main.o
printf 'struct Config { int port; }\nint main() { Config c{}; return c.port; }\n' > s.cpp
g++ -c s.cpp -o s.o
if command -v clang >/dev/null; then clang -c main.c -o main.o; fi
if command -v clang++ >/dev/null; then clang++ -c s.cpp -o s.o; fi
