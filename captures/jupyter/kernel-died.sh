#!/usr/bin/env bash
# Reproduces jupyter/kernel-died: the kernel process exits while a cell runs (here os._exit, as a
# segfault or the OOM killer would), seen from nbclient (jupyter nbconvert --execute, papermill).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv nbclient nbformat ipykernel
python "$capture_dir/_notebook.py" python3 'import os; os._exit(1)' 2>&1 | grep -v '^  \|^\[IPKernelApp\]' | tail -3
python "$capture_dir/_notebook.py" python3 'import ctypes; ctypes.string_at(0)' 2>&1 | grep -v '^  \|^\[IPKernelApp\]' | tail -3
