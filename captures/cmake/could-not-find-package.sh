#!/usr/bin/env bash
# Reproduces cmake/could-not-find-package: a Find-module (FindPackageHandleStandardArgs) does
# not find the library or headers it looks for.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C CXX)\nfind_package(Boost 1.70 REQUIRED COMPONENTS filesystem)\n' > CMakeLists.txt
cmake -S . -B build 2>&1 | grep -v '^-- \(Detecting\|Check for\|The C\)'
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nfind_package(GTK2 REQUIRED)\n' > CMakeLists.txt
rm -rf build; cmake -S . -B build 2>&1 | grep -v '^-- \(Detecting\|Check for\|The C\)'
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nfind_package(PkgConfig REQUIRED)\npkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodiumx)\n' > CMakeLists.txt
rm -rf build; cmake -S . -B build 2>&1 | grep -v '^-- \(Detecting\|Check for\|The C\)'
