#!/usr/bin/env bash
# Reproduces cmake/generator-mismatch: re-configuring a build directory with another generator.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo NONE)\n' > CMakeLists.txt
cmake -S . -B build -G "Unix Makefiles" >/dev/null 2>&1
cmake -S . -B build -G "Ninja" 2>&1
