#!/usr/bin/env bash
# Reproduces uv/no-virtual-environment: `uv pip install` and `uv pip uninstall` run with no active
# virtualenv and no .venv in the current directory.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uvbin=$(command -v uv)
unset VIRTUAL_ENV CONDA_PREFIX
PATH=/usr/bin:/bin "$uvbin" pip install requests 2>&1
PATH=/usr/bin:/bin "$uvbin" pip uninstall requests 2>&1
PATH=/usr/bin:/bin "$uvbin" pip install -r requirements.txt 2>&1
