#!/usr/bin/env bash
# Reproduces uv/no-requires-python: uv lock / uv sync in a project without requires-python.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
printf '[project]\nname = "a"\nversion = "0.1.0"\ndependencies = []\n' > pyproject.toml
uv lock 2>&1
uv sync 2>&1
