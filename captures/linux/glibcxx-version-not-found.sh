#!/usr/bin/env bash
# Reproduces linux/glibcxx-version-not-found: a C++ program requiring a libstdc++ symbol
# version (GLIBCXX_3.4.99) that the system's libstdc++.so.6 does not provide. The version
# string of a fresh build is rewritten (same length), as a newer-toolchain build would carry.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > app.cpp <<'CPP'
#include <iostream>
#include <string>
int main(int argc, char **) { std::string s(argc, 'x'); std::cout << s << std::endl; return 0; }
CPP
g++ -o app.orig app.cpp
sed 's/GLIBCXX_3\.4\.21/GLIBCXX_3.4.99/g' app.orig > app
chmod +x app
echo '$ ./app'; ./app 2>&1
