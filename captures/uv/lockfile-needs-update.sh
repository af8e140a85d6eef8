#!/usr/bin/env bash
# Reproduces uv/lockfile-needs-update: `uv sync --locked` / `uv lock --check` after a dependency was
# added to pyproject.toml without re-locking, and `uv sync --frozen` with no uv.lock at all.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
printf '[project]\nname = "a"\nversion = "0.1.0"\n  requires-python = ">=3.9"\ndependencies = []\n' > pyproject.toml
uv lock -q 2>&1
sed -i 's/dependencies = \[\]/dependencies = ["six"]/' pyproject.toml
uv sync --locked 2>&1
uv lock --check 2>&1
rm uv.lock
uv sync --frozen 2>&1
