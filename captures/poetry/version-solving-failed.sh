#!/usr/bin/env bash
# Reproduces poetry/version-solving-failed: two pins that contradict each other (requests 2.31
# needs urllib3>=1.21.1, the project pins urllib3 1.20), and the same conflict met by `poetry add`.
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
dependencies = ["requests==2.31.0", "urllib3==1.20"]
[tool.poetry]
package-mode = false
EOF_FILE
poetry lock 2>&1
sed -i 's/"requests==2.31.0", "urllib3==1.20"/"requests==2.31.0"/' pyproject.toml
poetry add "urllib3==1.20" 2>&1
poetry add "flask==3.0.0" "werkzeug==2.0.0" 2>&1
