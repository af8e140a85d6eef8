#!/usr/bin/env bash
# Reproduces c/use-of-undeclared-identifier: clang's wording for a name that is not declared.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf '#include <iostream>\nint main() {\n  cout << "hi" << endl;\n  std::vector<int> v;\n  return totl;\n}\n' > main.cpp
if command -v clang++ >/dev/null; then clang++ -c main.cpp -o main.o; fi
printf 'int main(void) { return counter + 1; }\n' > u.c
if command -v clang >/dev/null; then clang -c u.c -o u.o; fi
