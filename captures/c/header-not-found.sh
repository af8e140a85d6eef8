#!/usr/bin/env bash
# Reproduces c/header-not-found: a #include whose header is on no include path.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc g++ clang++
enter_work_dir
printf '#include <stdio.h>\n#include <zlibx/zconf.h>\nint main(void) { return 0; }\n' > main.c
printf '#include "config.h"\nint answer(void) { return 42; }\n' > util.c
printf '#include <yaml-cpp/yaml.h>\nint main() { return 0; }\n' > app.cpp
gcc -c main.c -o main.o
gcc -c util.c -o util.o
g++ -c app.cpp -o app.o
if command -v clang >/dev/null; then
  clang -c main.c -o main.o
  clang++ -c app.cpp -o app.o
fi
