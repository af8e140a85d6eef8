#!/usr/bin/env bash
# Reproduces poetry/current-project-could-not-be-installed: `poetry install` in a project whose
# name matches no package directory (an application, or code under another name), with package
# mode on (the default).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
printf '[project]\nname = "myapp"\nversion = "0.1.0"\n  requires-python = ">=3.9"\ndependencies = []\n' > pyproject.toml
mkdir -p scripts && printf 'print("hi")\n' > scripts/run.py
poetry install 2>&1
