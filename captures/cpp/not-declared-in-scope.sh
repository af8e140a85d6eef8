#!/usr/bin/env bash
# Reproduces cpp/not-declared-in-scope: names used without their header, namespace or
# declaration.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf '#include <iostream>\nint main() {\n  cout << "hi" << endl;\n  std::vector<int> v;\n  return totl;\n}\n' > main.cpp
g++ -c main.cpp -o main.o
printf 'int main(void) { return counter + 1; }\n' > u.c
gcc -c u.c -o u.o
