#!/usr/bin/env bash
# Reproduces poetry/python-version-not-supported: the project's requires-python excludes the
# interpreter Poetry runs with, and no compatible interpreter is on PATH (then one is: Poetry
# switches to it).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
poetrybin=$(command -v poetry)
cat > pyproject.toml <<'EOF_FILE'
[project]
name = "demo"
version = "0.1.0"
  requires-python = ">=3.14"
dependencies = []
[tool.poetry]
package-mode = false
EOF_FILE
# A PATH without pyenv shims: only the interpreter Poetry itself runs on.
PATH=$work/tools/bin:/usr/bin:/bin "$poetrybin" install 2>&1
PATH=$work/tools/bin:/usr/bin:/bin "$poetrybin" env use python3 2>&1
