#!/usr/bin/env bash
# Reproduces cpp/not-declared-in-scope: names used without their header, namespace or
# declaration.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf '#include <iostream>\nint main() {\n  cout << "hi" << endl;\n  std::vector<int> v;\n  return totl;\n}\n' > main.cpp
g++ -c main.cpp -o main.o
printf 'int main(void) { return counter + 1; }\n' > u.c
gcc -c u.c -o u.o
