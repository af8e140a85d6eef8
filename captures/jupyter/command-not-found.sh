#!/usr/bin/env bash
# Reproduces jupyter/command-not-found: `jupyter notebook` / `jupyter lab` where only jupyter_core
# (the `jupyter` launcher) is installed, not the notebook or lab application.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv jupyter_core
jupyter notebook 2>&1 | tail -3
jupyter lab 2>&1 | tail -2
jupyter nbconvert --to html x.ipynb 2>&1 | tail -2
