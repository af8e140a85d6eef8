#!/usr/bin/env bash
# Reproduces pytest/asyncio-default-fixture-loop-scope: pytest-asyncio 0.24+ with no
# asyncio_default_fixture_loop_scope in the configuration.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv pytest pytest-asyncio
printf 'import pytest\n\n@pytest.mark.asyncio\nasync def test_a():\n    pass\n' > test_a.py
python -m pytest -q -p no:cacheprovider test_a.py 2>&1
