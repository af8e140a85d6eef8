#!/usr/bin/env bash
# Reproduces pytest/fixture-not-found: tests ask for fixtures that no conftest.py or plugin defines
# (a typo, pytest-mock not installed, a fixture defined in a conftest.py the test cannot see).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > test_client.py <<'EOF_FILE'
def test_uses(client):
    assert client
EOF_FILE
cat > test_mock.py <<'EOF_FILE'
class TestApi:
    def test_patch(self, mocker):
        mocker.patch("os.getcwd")
EOF_FILE
mkdir -p other
cat > other/conftest.py <<'EOF_FILE'
import pytest
@pytest.fixture
def db():
    return object()
EOF_FILE
mkdir -p tests
cat > tests/test_db.py <<'EOF_FILE'
def test_query(db):
    assert db
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio test_client.py 2>&1
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio test_mock.py 2>&1
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio tests 2>&1
done
