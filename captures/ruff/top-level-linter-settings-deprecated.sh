#!/usr/bin/env bash
# Reproduces ruff/top-level-linter-settings-deprecated: lint options (select, ignore, per-file-ignores)
# written directly under [tool.ruff] instead of [tool.ruff.lint].
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv ruff
printf 'import os\n' > m.py
printf '[tool.ruff]\nline-length = 100\nselect = ["E", "F"]\nignore = ["E501"]\n[tool.ruff.per-file-ignores]\n"__init__.py" = ["F401"]\n' > pyproject.toml
ruff check --no-cache m.py 2>&1
