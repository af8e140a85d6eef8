#!/usr/bin/env bash
# Reproduces poetry/no-matching-version: `poetry add` of a package name that does not exist on the
# index, and of a version that was never released.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv poetry
cat > pyproject.toml <<'EOF_FILE'
[project]
name = "demo"
version = "0.1.0"
  requires-python = ">=3.9"
dependencies = []
[tool.poetry]
package-mode = false
EOF_FILE
poetry add nonexistent-pkg-for-errkb-capture 2>&1
poetry add "requests==99.0" 2>&1
