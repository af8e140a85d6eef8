#!/usr/bin/env bash
# Reproduces pytest/cov-no-data-collected: pytest-cov measuring a module name that the tests never
# import (a wrong --cov value, a src layout, an installed copy instead of the source).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv pytest pytest-cov
mkdir -p src/app
printf 'def f(x):\n    if x:\n        return 1\n    return 2\n' > src/app/__init__.py
printf 'import sys\nsys.path.insert(0, "src")\nfrom app import f\n\ndef test_f():\n    assert f(1) == 1\n' > test_f.py
python -m pytest -p no:cacheprovider --cov=myapp test_f.py 2>&1 | grep -v '^platform\|^rootdir\|^plugins\|^cachedir'
