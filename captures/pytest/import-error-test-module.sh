#!/usr/bin/env bash
# Reproduces pytest/import-error-test-module: a test module whose imports fail at collection (a
# package not installed, the project's own package not importable from the tests directory).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
mkdir -p src/myapp tests
touch src/myapp/__init__.py
printf 'def add(a, b):\n    return a + b\n' > src/myapp/calc.py
printf 'from myapp.calc import add\n\ndef test_add():\n    assert add(1, 2) == 3\n' > tests/test_calc.py
printf 'import nosuchpkg_for_capture\n\ndef test_x():\n    pass\n' > tests/test_dep.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest tests 2>&1
done
