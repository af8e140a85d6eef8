#!/usr/bin/env bash
# Reproduces ruff/format-would-reformat: `ruff format --check` (as run in CI and pre-commit) on files
# that are not formatted.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv ruff
printf 'x=1\ndef f( a ):\n  return a\n' > a.py
printf 'import os\n' > b.py
printf 'y = {"a":1}\n' > c.py
ruff format --check --no-cache . 2>&1
ruff format --check --no-cache --output-format concise . 2>&1
