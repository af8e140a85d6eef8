#!/usr/bin/env bash
# Reproduces pytest/unknown-mark: a test uses @pytest.mark.slow without registering the marker,
# once as the default warning and once under --strict-markers (an error).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > test_m.py <<'EOF_FILE'
import pytest
@pytest.mark.slow
def test_x():
    pass
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio 2>&1
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio --strict-markers 2>&1
done
