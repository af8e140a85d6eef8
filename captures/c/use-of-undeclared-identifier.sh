#!/usr/bin/env bash
# Reproduces c/use-of-undeclared-identifier: clang's wording for a name that is not declared.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf '#include <iostream>\nint main() {\n  cout << "hi" << endl;\n  std::vector<int> v;\n  return totl;\n}\n' > main.cpp
if command -v clang++ >/dev/null; then clang++ -c main.cpp -o main.o; fi
printf 'int main(void) { return counter + 1; }\n' > u.c
if command -v clang >/dev/null; then clang -c u.c -o u.o; fi
