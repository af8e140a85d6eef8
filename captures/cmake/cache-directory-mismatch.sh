#!/usr/bin/env bash
# Reproduces cmake/cache-directory-mismatch: a build directory copied or moved from another
# checkout still holds the old CMakeCache.txt.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
mkdir -p old new
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo NONE)\n' > old/CMakeLists.txt
cp old/CMakeLists.txt new/
cmake -S old -B old/build >/dev/null 2>&1
cp -r old/build new/build
cmake -S new -B new/build 2>&1
