#!/usr/bin/env bash
# Reproduces c/stray-character-in-program: source pasted with typographic quotes and a
# non-breaking space, compiled as C and as C++.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++
enter_work_dir
printf 'int main() {\n  int x = 1;\n  return x \xe2\x80\x9c 2;\n}\n' > quote.c
printf 'int main(void) {\n\xc2\xa0 return 0;\n}\n' > nbsp.c
printf '#include <cstdio>\nint main() {\n  std::puts(\xe2\x80\x9chello\xe2\x80\x9d);\n}\n' > quotes.cpp
gcc -c quote.c -o quote.o 2>&1
gcc -c nbsp.c -o nbsp.o 2>&1
g++ -c quotes.cpp -o quotes.o 2>&1
