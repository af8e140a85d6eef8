#!/usr/bin/env bash
# Reproduces cmake/cannot-find-source-file: a source listed in add_executable that does not exist.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src
echo "int main(void){return 0;}" > src/main.c
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_executable(app src/main.c src/util.c)\n" > CMakeLists.txt
cmake_configure
