#!/usr/bin/env bash
# Reproduces build/python-dev-headers-missing: compiling a C extension without the CPython
# headers on the include path (what happens when python3-dev / python3-devel is missing).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
printf '#define PY_SSIZE_T_CLEAN\n#include <Python.h>\nstatic PyObject *hi(PyObject *s, PyObject *a) { Py_RETURN_NONE; }\n' > fastmod.c
gcc -pthread -fno-strict-aliasing -O2 -fPIC -c fastmod.c -o fastmod.o
printf '#include "Python.h"\n' > wrap.c
gcc -c wrap.c -o wrap.o
if command -v clang >/dev/null; then clang -c fastmod.c -o fastmod.o; fi
