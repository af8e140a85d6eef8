#!/usr/bin/env bash
# Reproduces uv/failed-to-parse-pyproject: uv commands in a project whose pyproject.toml has a TOML
# syntax error, or an unknown key under [tool.uv].
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
printf '[project]\nname = "a"\nversion = "0.1.0"\ndependencies = [\n' > pyproject.toml
uv sync 2>&1
printf '[project]\nname = "a"\nversion = "0.1.0"\ndependencies = []\n[tool.uv]\ndev-dependency = ["pytest"]\n' > pyproject.toml
uv lock 2>&1 | cut -c1-200
