#!/usr/bin/env bash
# Reproduces setuptools/license-classifiers-deprecated: a build with setuptools 77+ of a project that
# declares its license with a "License ::" classifier and a project.license table.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv build
mkdir -p proj/demo && cd proj || exit 1
touch demo/__init__.py
cat > pyproject.toml <<'EOF_FILE'
[project]
name = "demo"
version = "0.1.0"
license = {text = "MIT"}
classifiers = ["License :: OSI Approved :: MIT License"]
[build-system]
  requires = ["setuptools>=77"]
build-backend = "setuptools.build_meta"
EOF_FILE
python -m build --wheel . 2>&1 | sed -n '/is deprecated\|are deprecated/,+11p' | head -26
