#!/usr/bin/env bash
# Reproduces make/no-rule-to-make-target: a missing prerequisite file, an unknown goal and no
# makefile at all.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires make
enter_work_dir
make 2>&1
printf 'app: main.o util.o\n\tcc -o $@ $^\n\nmain.o: main.c config.h\n\tcc -c main.c\n' > Makefile
printf 'int main(void){return 0;}\n' > main.c
make 2>&1
make instal 2>&1
mkdir sub && printf 'all:\n\t$(MAKE) -C sub\n' > Makefile && printf 'all: gen/parser.c\n' > sub/Makefile
make 2>&1
