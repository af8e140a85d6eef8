#!/usr/bin/env bash
# Reproduces pytest/file-or-directory-not-found: pytest is given a path that does not exist from
# the current directory (a typo, a CI step run from another directory, a node id with a bad file).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
mkdir -p project/tests
printf 'def test_ok():\n    pass\n' > project/tests/test_ok.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest tests 2>&1
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest project/tests/test_okk.py::test_ok 2>&1
done
