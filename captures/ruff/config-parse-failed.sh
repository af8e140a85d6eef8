#!/usr/bin/env bash
# Reproduces ruff/config-parse-failed: ruff refuses a pyproject.toml / ruff.toml whose [tool.ruff]
# settings have a wrong type, an unknown key, or a TOML syntax error.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv ruff
printf 'import os\n' > m.py
printf '[tool.ruff]\nline-length = "88"\n' > pyproject.toml
ruff check --no-cache m.py 2>&1
printf '[tool.ruff]\nselect = ["E"]\nextend-ignores = ["E501"]\n' > pyproject.toml
ruff check --no-cache m.py 2>&1
rm pyproject.toml
printf '[lint\nselect = ["E"]\n' > ruff.toml
ruff check --no-cache m.py 2>&1
