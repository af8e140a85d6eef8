#!/usr/bin/env bash
# Reproduces poetry/option-does-not-exist: options removed in Poetry 2 (--no-dev, --remove-untracked,
# lock --no-update) still used by CI scripts and Dockerfiles.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
printf '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.9"\ndependencies = []\n[tool.poetry]\npackage-mode = false\n' > pyproject.toml
poetry install --no-dev 2>&1
poetry install --remove-untracked 2>&1
poetry lock --no-update 2>&1
