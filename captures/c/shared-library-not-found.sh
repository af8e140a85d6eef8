#!/usr/bin/env bash
# Reproduces c/shared-library-not-found: a program linked against a shared library that the
# runtime loader cannot find (it is outside the default search path and no rpath is set).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc python3
enter_work_dir
mkdir -p vendor/lib
printf 'int answer(void) { return 42; }\n' > answer.c
gcc -shared -fPIC -Wl,-soname,libanswer.so.1 answer.c -o vendor/lib/libanswer.so.1
ln -s libanswer.so.1 vendor/lib/libanswer.so
printf 'int answer(void);\nint main(void) { return answer() == 42 ? 0 : 1; }\n' > main.c
gcc main.c -Lvendor/lib -lanswer -o app
bash -c './app'
sh -c './app'
python3 -c 'import ctypes; ctypes.CDLL("libanswer.so.1")' 2>&1 | tail -1
