#!/usr/bin/env bash
# Reproduces cmake/unknown-command: a command from a module that was not included, a newer
# CMake, or a typo.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo NONE)\nFetchContent_Declare(json URL https://example.invalid/json.tar.xz)\n' > CMakeLists.txt
cmake -S . -B build 2>&1
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo NONE)\ncmake_path(GET CMAKE_SOURCE_DIR FILENAME n)\nadd_exectuable(app main.c)\n' > CMakeLists.txt
rm -rf build; cmake -S . -B build 2>&1
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo NONE)\nqt_add_executable(viewer main.cpp)\n' > CMakeLists.txt
rm -rf build; cmake -S . -B build 2>&1
