#!/usr/bin/env bash
# Reproduces cpp/requires-newer-standard: C++17/20 library features compiled in an older mode.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > main.cpp <<'CPP'
#include <optional>
#include <string_view>
#include <filesystem>
std::optional<int> parse(std::string_view s) { return s.empty() ? std::nullopt : std::optional<int>(1); }
int main() { auto p = std::filesystem::path("x"); return parse("1").value_or(0); }
CPP
g++ -std=c++14 -c main.cpp -o main.o 2>&1 | head -20
if command -v clang++ >/dev/null; then clang++ -std=c++14 -c main.cpp -o main.o 2>&1 | head -12; fi
printf '#include <thread>\nint main() { std::thread t([]{}); t.join(); }\n' > t.cpp
g++ -std=c++98 -c t.cpp -o t.o 2>&1 | head -6
