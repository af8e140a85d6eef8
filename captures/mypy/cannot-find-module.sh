#!/usr/bin/env bash
# Reproduces mypy/cannot-find-module: imports of a module that is not installed in the environment
# mypy runs in, and of a project package mypy cannot see (run from outside its source root).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
mkdir -p src/myproj tests
printf 'def helper() -> int:\n    return 1\n' > src/myproj/util.py
touch src/myproj/__init__.py
printf 'import numpy as np\nfrom myproj.util import helper\n' > tests/test_util.py
mypy --no-incremental tests/test_util.py 2>&1
