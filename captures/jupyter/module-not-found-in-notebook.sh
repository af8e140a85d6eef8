#!/usr/bin/env bash
# Reproduces jupyter/module-not-found-in-notebook: a notebook cell imports a package that is
# installed for the terminal's python but not in the kernel's environment (here: not at all).
# Colour codes are stripped, as when the traceback is copied out of the notebook.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv nbclient nbformat ipykernel
python "$capture_dir/_notebook.py" python3 'import pandas as pd' 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^\[IPKernelApp\]' | tail -7
python "$capture_dir/_notebook.py" python3 'import cv2' 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^\[IPKernelApp\]' | tail -7
python "$capture_dir/_notebook.py" python3 'from sklearn.model_selection import train_test_split' 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^\[IPKernelApp\]' | tail -7
