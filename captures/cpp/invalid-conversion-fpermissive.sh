#!/usr/bin/env bash
# Reproduces cpp/invalid-conversion-fpermissive: C idioms (void* from malloc, dropping const)
# compiled as C++.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <cstdlib>
int main() {
    int* buf = malloc(10 * sizeof(int));
    const char* env = "x";
    char* copy = env;
    void* p = buf;
    int* q = p;
    return 0;
}
CPP
g++ -c main.cpp -o main.o 2>&1
