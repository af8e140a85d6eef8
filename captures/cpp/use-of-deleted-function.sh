#!/usr/bin/env bash
# Reproduces cpp/use-of-deleted-function: copying move-only types (unique_ptr, thread) and a
# class whose copy constructor is deleted.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <memory>
#include <vector>
#include <thread>
struct Conn { Conn() = default; Conn(const Conn&) = delete; };
void take(std::unique_ptr<int> p) {}
int main() {
    auto p = std::make_unique<int>(3);
    take(p);
    std::vector<std::unique_ptr<int>> v;
    v.push_back(p);
    Conn a; Conn b = a;
    std::thread t([]{}); std::thread u = t;
}
CPP
g++ -std=c++17 -c main.cpp -o main.o 2>&1 | grep -E -A3 'error|note: declared here' | head -40
