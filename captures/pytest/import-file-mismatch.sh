#!/usr/bin/env bash
# Reproduces pytest/import-file-mismatch: two test files share a basename in directories without
# __init__.py, so pytest's default "prepend" import mode imports the first and refuses the second.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
mkdir -p a b tests/unit tests/integration
printf 'def test_x():\n    pass\n' > a/test_util.py
cp a/test_util.py b/test_util.py
printf 'def test_api():\n    pass\n' > tests/unit/test_api.py
cp tests/unit/test_api.py tests/integration/test_api.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio a b 2>&1
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio tests 2>&1
done
