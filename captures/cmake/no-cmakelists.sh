#!/usr/bin/env bash
# Reproduces cmake/no-cmakelists: cmake pointed at a directory without CMakeLists.txt.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
mkdir -p project/build && cd project/build
cmake .. 2>&1
cmake -S "$work/project/src" -B . 2>&1
