#!/usr/bin/env bash
# Reproduces poetry/python-requirement-incompatible: the project says it supports Python 3.8, but
# numpy 2.0.0 needs 3.9 or newer, so poetry cannot lock it for the whole declared range.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
cat > pyproject.toml <<'EOF_FILE'
[project]
name = "demo"
version = "0.1.0"
  requires-python = ">=3.8"
dependencies = ["numpy==2.0.0"]
[tool.poetry]
package-mode = false
EOF_FILE
poetry lock 2>&1
cat > pyproject.toml <<'EOF_FILE'
[tool.poetry]
name = "demo"
version = "0.1.0"
description = ""
authors = ["A <a@example.com>"]
package-mode = false
[tool.poetry.dependencies]
python = "^3.8"
EOF_FILE
poetry add "numpy==2.0.0" 2>&1
