#!/usr/bin/env bash
# Reproduces cmake/compiler-not-found: configuring a C++ project on a PATH with no C++ compiler
# (a C compiler only, as on a machine without g++).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
mkdir bin
for tool in cmake make gcc cc ld as; do ln -s "$(command -v "$tool")" bin/; done
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C CXX)\nadd_executable(demo main.cpp)\n' > CMakeLists.txt
env -i HOME="$HOME" PATH="$work/bin" cmake -S . -B build 2>&1
rm -rf build
env -i HOME="$HOME" PATH="$work/bin" CXX=clang++-99 cmake -S . -B build 2>&1
