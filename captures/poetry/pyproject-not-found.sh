#!/usr/bin/env bash
# Reproduces poetry/pyproject-not-found: poetry commands run in a directory with no pyproject.toml
# in it or any parent (a CI step in the wrong working directory).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
mkdir -p checkout/src && cd checkout/src || exit 1
poetry install 2>&1
poetry run pytest 2>&1
