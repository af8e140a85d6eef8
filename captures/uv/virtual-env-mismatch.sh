#!/usr/bin/env bash
# Reproduces uv/virtual-env-mismatch: a project command (uv sync / uv run) while VIRTUAL_ENV names
# another environment than the project's .venv.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uv init -q --no-workspace proj 2>&1
cd proj || exit 1
uv venv -q ../other 2>&1
VIRTUAL_ENV=$work/other uv sync 2>&1
VIRTUAL_ENV=$work/other uv run python -c 'print("ok")' 2>&1
