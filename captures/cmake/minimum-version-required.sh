#!/usr/bin/env bash
# Reproduces cmake/minimum-version-required: the project needs a newer CMake than installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.28)\nproject(demo C)\n' > CMakeLists.txt
cmake -S . -B build 2>&1
