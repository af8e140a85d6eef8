#!/usr/bin/env bash
# Reproduces cmake/package-config-not-found: find_package for a package that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo CXX)\nfind_package(fmtx REQUIRED)\n' > CMakeLists.txt
cmake -S . -B build 2>&1
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo CXX)\nfind_package(Qt6 COMPONENTS Widgets REQUIRED)\n' > CMakeLists.txt
rm -rf build; cmake -S . -B build 2>&1
