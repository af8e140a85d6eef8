#!/usr/bin/env bash
# Reproduces jupyter/iprogress-not-found: tqdm's notebook progress bar (tqdm.notebook / tqdm.auto
# in Jupyter) without ipywidgets installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv tqdm
python -c 'from tqdm.notebook import tqdm; tqdm(range(3))' 2>&1 | grep -v '^    '
