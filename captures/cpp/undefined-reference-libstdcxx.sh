#!/usr/bin/env bash
# Reproduces cpp/undefined-reference-libstdcxx: a C++ program linked with gcc (or cc) instead of
# g++, so libstdc++ is not linked.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf '#include <iostream>\n#include <string>\nint main() { std::string s = "hi"; std::cout << s << std::endl; }\n' > hello.cpp
gcc hello.cpp -o hello 2>&1 | head -12
printf '#include <vector>\nint main() { std::vector<int> v(3); try { return v.at(1); } catch (...) { return 1; } }\n' > vec.cpp
gcc -c vec.cpp -o vec.o && gcc vec.o -o vec 2>&1 | head -8
