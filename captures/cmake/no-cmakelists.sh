#!/usr/bin/env bash
# Reproduces cmake/no-cmakelists: cmake pointed at a directory without CMakeLists.txt.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p project/build && cd project/build
cmake .. 2>&1
cmake -S "$work/project/src" -B . 2>&1
