#!/usr/bin/env bash
# Reproduces poetry/lock-file-incompatible: a poetry.lock written by a newer Poetry (its
# lock-version is higher than this Poetry reads).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
printf '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.9"\ndependencies = ["six==1.16.0"]\n[tool.poetry]\npackage-mode = false\n' > pyproject.toml
poetry lock >/dev/null 2>&1
sed -i 's/^lock-version = .*/lock-version = "9.0"/' poetry.lock
poetry install 2>&1
