#!/usr/bin/env bash
# Reproduces mypy/return-value: functions returning a value of another type than their annotation
# (an Optional from dict.get, an int for a str, a list for a tuple).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
def label(n: int) -> str:
    return n

def lookup(d: dict[str, int], key: str) -> int:
    return d.get(key)

def pair() -> tuple[int, int]:
    return [1, 2]
EOF_FILE
mypy --no-incremental app.py 2>&1
