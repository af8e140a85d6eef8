#!/usr/bin/env bash
# Reproduces cpp/incomplete-type: using a class that is only forward-declared (a member by
# value, a member call, std::string with only <iosfwd>).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <iosfwd>
class Engine;
struct Car { Engine e; };
void run(Engine* e) { e->start(); }
int main() { std::string s; }
CPP
g++ -c main.cpp -o main.o 2>&1
