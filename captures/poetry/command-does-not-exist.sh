#!/usr/bin/env bash
# Reproduces poetry/command-does-not-exist: `poetry export` and `poetry shell`, which Poetry 2 moved
# out into plugins (poetry-plugin-export, poetry-plugin-shell).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
printf '[project]\nname = "demo"\nversion = "0.1.0"\n  requires-python = ">=3.9"\ndependencies = []\n[tool.poetry]\npackage-mode = false\n' > pyproject.toml
poetry export -f requirements.txt --output requirements.txt 2>&1
poetry shell 2>&1
