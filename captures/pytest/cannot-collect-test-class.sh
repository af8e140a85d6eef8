#!/usr/bin/env bash
# Reproduces pytest/cannot-collect-test-class: classes whose names start with Test but that have an
# __init__ (or are dataclasses / helpers named TestSomething), so pytest skips them with a warning.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > test_models.py <<'EOF_FILE'
from dataclasses import dataclass

class TestClient:
    def __init__(self, base_url):
        self.base_url = base_url

    def test_get(self):
        assert self.base_url

@dataclass
class TestConfig:
    name: str = "x"

def test_config():
    assert TestConfig().name == "x"
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -q -p no:cacheprovider -p no:asyncio -p no:benchmark -p no:hypothesispytest test_models.py 2>&1
done
