#!/usr/bin/env bash
# Reproduces cmake/build-program-not-found: the generator's build tool (ninja, make) is missing.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\n' > CMakeLists.txt
cmake -S . -B build -G Ninja 2>&1
mkdir bin && for t in cmake gcc cc; do ln -s "$(command -v $t)" bin/; done
env -i HOME="$HOME" PATH="$work/bin" cmake -S . -B build2 2>&1
