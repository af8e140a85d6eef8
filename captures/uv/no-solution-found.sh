#!/usr/bin/env bash
# Reproduces uv/no-solution-found: conflicting pins with uv pip, and a project whose
# requires-python admits versions a dependency does not support (uv lock).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uv venv -q venv 2>&1
VIRTUAL_ENV=$work/venv uv pip install --dry-run "requests==2.31.0" "urllib3==1.20" 2>&1
printf 'fastapi==0.110.0\nstarlette==0.27.0\n' > requirements.in
uv pip compile requirements.in 2>&1
cat > pyproject.toml <<'EOF_FILE'
[project]
name = "demo"
version = "0.1.0"
  requires-python = ">=3.8"
dependencies = ["numpy==2.0.0"]
EOF_FILE
uv lock 2>&1
