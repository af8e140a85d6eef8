#!/usr/bin/env bash
# Reproduces cpp/terminate-called-after-throwing: exceptions that nothing catches
# (vector::at, std::stoi, a thrown runtime_error, a too-long string).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <vector>
#include <string>
#include <stdexcept>
int main(int argc, char** argv) {
    std::vector<int> v{1, 2, 3};
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "at") return v.at(7);
    if (mode == "stoi") return std::stoi("abc");
    if (mode == "rt") throw std::runtime_error("config file not found: app.yaml");
    std::string s; s.reserve(s.max_size() + 1);
}
CPP
g++ -o demo main.cpp 2>&1
for mode in at stoi rt len; do
    (./demo "$mode") 2>&1
    echo "exit status $?"
done
