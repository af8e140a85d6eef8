#!/usr/bin/env bash
# Reproduces poetry/lock-file-out-of-date: a dependency is added to pyproject.toml by hand after
# poetry.lock was written, then `poetry install` and `poetry check --lock` run.
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
dependencies = ["six==1.16.0"]
[tool.poetry]
package-mode = false
EOF_FILE
poetry lock >/dev/null 2>&1
sed -i 's/"six==1.16.0"/"six==1.16.0", "idna==3.7"/' pyproject.toml
poetry install --dry-run 2>&1
poetry check --lock 2>&1
