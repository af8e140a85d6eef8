#!/usr/bin/env bash
# Reproduces jupyter/no-module-ipykernel: a kernel spec points at a Python environment that has
# no ipykernel (a venv registered by hand, or selected in an editor), then the notebook runs.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv nbclient nbformat ipykernel
python3 -m venv bare >/dev/null 2>&1
bare/bin/python -m ipykernel install --user --name bare 2>&1
bare/bin/python -m ipykernel_launcher -f kernel.json 2>&1
mkdir -p jupyter/kernels/bare
printf '{"argv": ["%s/bare/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "bare venv", "language": "python"}\n' "$work" > jupyter/kernels/bare/kernel.json
JUPYTER_PATH=$work/jupyter python "$capture_dir/_notebook.py" bare 'print(1)' 2>&1 | grep -v '^  ' | head -4
