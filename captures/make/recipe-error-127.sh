#!/usr/bin/env bash
# Reproduces make/recipe-error-127: a recipe runs a program that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires make
enter_work_dir
printf 'docs:\n\tsphinx-buildx -b html docs build\n' > Makefile
make docs 2>&1
printf 'proto:\n\tprotocx --go_out=. api.proto\n' > Makefile
make proto 2>&1
