#!/usr/bin/env bash
# Reproduces cmake/build-program-not-found: the generator's build tool (ninja, make) is not on
# PATH. A PATH holding only cmake and the C compiler stands in for a machine without them.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cmake
enter_work_dir
printf 'cmake_minimum_required(VERSION 3.16)\nproject(demo C)\n' > CMakeLists.txt
mkdir bin && for t in cmake gcc cc; do ln -s "$(command -v $t)" bin/; done
env -i HOME="$HOME" PATH="$work/bin" cmake -S . -B build-ninja -G Ninja 2>&1
env -i HOME="$HOME" PATH="$work/bin" cmake -S . -B build-make 2>&1
