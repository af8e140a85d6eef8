#!/usr/bin/env bash
# Reproduces pytest/no-tests-ran: runs that collect nothing (files not named test_*.py, functions
# not named test_*, a -k expression that deselects everything); pytest exits with status 5.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
mkdir -p checks
printf 'def check_ok():\n    pass\n' > checks/ok_checks.py
printf 'def helper():\n    pass\n' > checks/test_helpers.py
printf 'def test_one():\n    pass\n' > test_one.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest checks 2>&1; echo "exit status $?"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest -k nomatch test_one.py 2>&1; echo "exit status $?"
done
