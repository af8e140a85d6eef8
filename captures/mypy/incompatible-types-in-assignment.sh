#!/usr/bin/env bash
# Reproduces mypy/incompatible-types-in-assignment: values assigned to variables and attributes
# whose declared (or first inferred) type they do not match.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import os
from typing import Optional

count: int = "three"
timeout = os.environ.get("TIMEOUT")
retries: int = os.environ.get("RETRIES")
items = []
items = None

class Config:
    def __init__(self) -> None:
        self.port = 8080
    def load(self, value: Optional[str]) -> None:
        self.port = value
EOF_FILE
mypy --no-incremental app.py 2>&1
