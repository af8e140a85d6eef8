#!/usr/bin/env bash
# Reproduces pytest/return-not-none: test functions that return a value (often a comparison meant
# as an assert).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
printf 'def test_sum():\n    return 1 + 1 == 3\n\ndef test_data():\n    return {"ok": True}\n' > test_r.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest test_r.py 2>&1
done
