#!/usr/bin/env bash
# Reproduces cpp/no-matching-function: a call whose arguments fit none of the overloads.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <string>
#include <vector>
struct Point { Point(int x, int y) : x(x), y(y) {} int x, y; };
void log_value(int level, const std::string &msg) {}
int main() {
  Point p;
  log_value("warn", 3);
  std::vector<Point> pts;
  pts.push_back(1);
}
CPP
g++ -c main.cpp -o main.o 2>&1 | head -40
if command -v clang++ >/dev/null; then clang++ -c main.cpp -o main.o 2>&1 | head -30; fi
