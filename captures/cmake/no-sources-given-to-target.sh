#!/usr/bin/env bash
# Reproduces cmake/no-sources-given-to-target: targets declared without any source (an empty variable, a glob that matched nothing).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
mkdir -p src
printf "cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nfile(GLOB APP_SOURCES src/*.c)\nadd_executable(app \${APP_SOURCES})\nadd_library(util STATIC \${UTIL_SRCS})\n" > CMakeLists.txt
cmake_configure
