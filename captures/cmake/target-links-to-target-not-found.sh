#!/usr/bin/env bash
# Reproduces cmake/target-links-to-target-not-found: target_link_libraries naming an imported or alias target that no find_package created.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src
echo "int main(void){return 0;}" > src/main.c
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_executable(app src/main.c)\ntarget_link_libraries(app PRIVATE fmt::fmt)\n" > CMakeLists.txt
cmake_configure
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nadd_library(core STATIC src/main.c)\ntarget_link_libraries(core PUBLIC Threads::Threads)\nadd_executable(app src/main.c)\ntarget_link_libraries(app PRIVATE core)\n" > CMakeLists.txt
cmake_configure
