#!/usr/bin/env bash
# Reproduces mypy/duplicate-module: two files map to the same module name (two tests/ folders
# without __init__.py), and one file reachable under two module names (src.pkg.mod imported
# from inside the pkg package checked as pkg).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
mkdir -p a/tests b/tests
printf 'def test_x() -> None: ...\n' > a/tests/test_util.py
cp a/tests/test_util.py b/tests/test_util.py
mypy --no-incremental a b 2>&1
mkdir -p src/pkg
touch src/pkg/__init__.py
printf 'X = 1\n' > src/pkg/mod.py
printf 'from src.pkg import mod\n' > src/pkg/user.py
mypy --no-incremental src/pkg 2>&1 | head -5
