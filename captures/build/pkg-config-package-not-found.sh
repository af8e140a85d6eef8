#!/usr/bin/env bash
# Reproduces build/pkg-config-package-not-found: pkg-config asked for a library whose .pc file
# is not installed (no -dev / -devel package).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
pkg-config --cflags --libs libfoo-x 2>&1
pkg-config --exists --print-errors 'gtk4 >= 4.6' 2>&1
pkg-config --modversion libsystemdx 2>&1
# The same failure inside CMake's pkg_check_modules.
if command -v cmake >/dev/null; then
    printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\nfind_package(PkgConfig REQUIRED)\npkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodiumx)\n' > CMakeLists.txt
    cmake -S . -B build 2>&1 | grep -v '^-- \(Detecting\|Check for\|The C\)'
fi
