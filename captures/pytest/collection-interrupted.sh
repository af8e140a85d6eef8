#!/usr/bin/env bash
# Reproduces pytest/collection-interrupted: collection errors (a syntax error, a failing import)
# stop the run before any test executes.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
mkdir -p tests
printf 'def test_b(:\n    pass\n' > tests/test_syntax.py
printf 'import nosuchpkg_for_capture\n' > tests/test_imp.py
printf 'def test_ok():\n    pass\n' > tests/test_ok.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest tests 2>&1 | tail -6
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest tests/test_syntax.py 2>&1 | tail -4
done
