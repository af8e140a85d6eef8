#!/usr/bin/env bash
# Reproduces cmake/could-not-find-package: a Find-module (FindPackageHandleStandardArgs) does
# not find the library or headers it looks for.
set -u
# (pkg_check_modules failing is build/pkg-config-package-not-found, captured there.)
. "$(dirname "$(readlink -f "$0")")/../_lib/cmake.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C CXX)\nfind_package(Boost 1.70 REQUIRED COMPONENTS filesystem)\n' > CMakeLists.txt
cmake_configure
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nfind_package(GTK2 REQUIRED)\n' > CMakeLists.txt
cmake_configure
