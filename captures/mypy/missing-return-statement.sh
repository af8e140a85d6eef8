#!/usr/bin/env bash
# Reproduces mypy/missing-return-statement: a function annotated to return a value has a path that
# falls off the end (an if without else, a loop that may not return).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
from typing import Optional

def sign(x: int) -> str:
    if x > 0:
        return "+"
    elif x < 0:
        return "-"

def find(items: list[str], name: str) -> int:
    for i, item in enumerate(items):
        if item == name:
            return i

class Repo:
    def get(self, key: str) -> Optional[str]:
        if key:
            return key
EOF_FILE
mypy --no-incremental app.py 2>&1
mypy --no-incremental --warn-no-return app.py 2>&1 | tail -1
