#!/usr/bin/env bash
# Reproduces mypy/annotation-unchecked: annotations inside a function that has no annotations
# itself, which mypy does not check by default.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
def handler(event):
    count: int = "zero"
    items: list[str] = []
    return count, items
EOF_FILE
mypy --no-incremental app.py 2>&1
