#!/usr/bin/env bash
# Reproduces uv/failed-to-spawn: `uv run` of a command that is not installed in the project
# environment (a dev tool never added, a typo).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uvbin=$(command -v uv)
uv init -q --no-workspace proj 2>&1
cd proj || exit 1
PATH=/usr/bin:/bin "$uvbin" run pytest 2>&1
PATH=/usr/bin:/bin "$uvbin" run ruff check . 2>&1
