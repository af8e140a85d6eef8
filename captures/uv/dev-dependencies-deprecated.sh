#!/usr/bin/env bash
# Reproduces uv/dev-dependencies-deprecated: a project still declaring [tool.uv] dev-dependencies
# instead of the [dependency-groups] table.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
printf '[project]\nname = "a"\nversion = "0.1.0"\n  requires-python = ">=3.9"\ndependencies = []\n[tool.uv]\ndev-dependencies = ["six"]\n' > pyproject.toml
uv lock 2>&1
