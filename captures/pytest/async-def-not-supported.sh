#!/usr/bin/env bash
# Reproduces pytest/async-def-not-supported: async test functions run without an async plugin
# (pytest-asyncio, anyio) active.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
printf 'import asyncio\n\nasync def test_fetch():\n    await asyncio.sleep(0)\n\nclass TestApi:\n    async def test_get(self):\n        assert True\n' > test_async.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:anyio -p no:benchmark -p no:hypothesispytest test_async.py 2>&1
done
