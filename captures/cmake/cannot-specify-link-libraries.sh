#!/usr/bin/env bash
# Reproduces cmake/cannot-specify-link-libraries: target_link_libraries before the target is created, or for a target of another name.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src
echo "int main(void){return 0;}" > src/main.c
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\ntarget_link_libraries(app PRIVATE m)\nadd_executable(app src/main.c)\n" > CMakeLists.txt
cmake_configure
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_executable(my_app src/main.c)\ntarget_include_directories(myapp PRIVATE include)\n" > CMakeLists.txt
cmake_configure
