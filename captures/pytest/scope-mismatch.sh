#!/usr/bin/env bash
# Reproduces pytest/scope-mismatch: a module- or session-scoped fixture that requests a
# function-scoped one (tmp_path, monkeypatch, or a user fixture).
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > test_scope.py <<'EOF_FILE'
import pytest

@pytest.fixture(scope="module")
def db(tmp_path):
    return tmp_path / "db.sqlite"

@pytest.fixture(scope="session")
def env(monkeypatch):
    monkeypatch.setenv("APP_ENV", "test")

def test_db(db):
    pass

def test_env(env):
    pass
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest test_scope.py 2>&1
done
