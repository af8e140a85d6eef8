#!/usr/bin/env bash
# Reproduces make/missing-separator: recipe lines indented with spaces instead of a tab.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires make
enter_work_dir
printf 'all:\n    echo building\n' > Makefile
make 2>&1
printf 'CFLAGS = -O2\nifeq ($(OS),Windows_NT)\nEXE = .exe\nendif\nbuild\n\tcc main.c\n' > GNUmakefile
make -f GNUmakefile 2>&1
printf 'test:\n        pytest -q\n' > tests.mk
make -f tests.mk test 2>&1
