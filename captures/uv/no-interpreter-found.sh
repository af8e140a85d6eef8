#!/usr/bin/env bash
# Reproduces uv/no-interpreter-found: a Python version is requested that is not on PATH, with
# uv's Python downloads turned off (UV_PYTHON_DOWNLOADS=never, or offline).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uvbin=$(command -v uv)
export UV_PYTHON_DOWNLOADS=never
# A PATH without pyenv shims or other interpreters, as on a plain machine.
PATH=/usr/bin:/bin "$uvbin" venv -p 3.7 venv37 2>&1
PATH=/usr/bin:/bin "$uvbin" run -p 3.9 python -V 2>&1
PATH=/usr/bin:/bin "$uvbin" python find 3.13 2>&1
