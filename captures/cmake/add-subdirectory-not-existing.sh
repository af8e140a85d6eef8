#!/usr/bin/env bash
# Reproduces cmake/add-subdirectory-not-existing: add_subdirectory of a directory that is missing (an uninitialised git submodule) .
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src
echo "int main(void){return 0;}" > src/main.c
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_subdirectory(third_party/json)\nadd_executable(app src/main.c)\n" > CMakeLists.txt
cmake_configure
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_subdirectory(\${CMAKE_SOURCE_DIR}/extern/glfw)\nadd_executable(app src/main.c)\n" > CMakeLists.txt
cmake_configure
