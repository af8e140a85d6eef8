#!/usr/bin/env bash
# Reproduces cmake/compatibility-removed: CMake 4 refuses projects that declare
# cmake_minimum_required below 3.5 (CMake 4 from PyPI in a throwaway venv).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install -q "cmake>=4,<5" >/dev/null 2>&1
venv/bin/cmake --version | head -1
printf 'cmake_minimum_required(VERSION 2.8.12)\nproject(legacy C)\n' > CMakeLists.txt
venv/bin/cmake -S . -B build 2>&1
mkdir -p third_party/json && printf 'cmake_minimum_required(VERSION 3.1)\nproject(json NONE)\n' > third_party/json/CMakeLists.txt
printf 'cmake_minimum_required(VERSION 3.20)\nproject(app NONE)\nadd_subdirectory(third_party/json)\n' > CMakeLists.txt
rm -rf build; venv/bin/cmake -S . -B build 2>&1
