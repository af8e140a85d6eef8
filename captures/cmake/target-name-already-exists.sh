#!/usr/bin/env bash
# Reproduces cmake/target-name-already-exists: two add_library/add_executable calls with the same target name (a dependency added twice).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src dep
echo "int f(void){return 0;}" > src/main.c
printf "add_library(util STATIC \${CMAKE_CURRENT_LIST_DIR}/../src/main.c)\n" > dep/CMakeLists.txt
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_library(util src/main.c)\nadd_library(util src/main.c)\n" > CMakeLists.txt
cmake_configure
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_subdirectory(dep dep1)\nadd_subdirectory(dep dep2)\n" > CMakeLists.txt
cmake_configure
