#!/usr/bin/env bash
# Reproduces cmake/minimum-version-required: the project needs a newer CMake than installed.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf 'cmake_minimum_required(VERSION 3.28)\nproject(demo C)\n' > CMakeLists.txt
cmake -S . -B build 2>&1
