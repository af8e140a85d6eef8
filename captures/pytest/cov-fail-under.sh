#!/usr/bin/env bash
# Reproduces pytest/cov-fail-under: pytest-cov's --cov-fail-under threshold not reached; pytest
# exits non-zero although every test passed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv pytest pytest-cov
mkdir -p src/app
printf 'def f(x):\n    if x:\n        return 1\n    return 2\n' > src/app/__init__.py
printf 'import sys\nsys.path.insert(0, "src")\nfrom app import f\n\ndef test_f():\n    assert f(1) == 1\n' > test_f.py
python -m pytest -q -p no:cacheprovider --cov=app --cov-fail-under=90 test_f.py 2>&1; echo "exit status $?"
# The same threshold checked by coverage.py itself, as CI steps often do after the test run.
coverage report --fail-under=90 > report.txt 2>&1; status=$?
tail -2 report.txt; echo "exit status $status"
