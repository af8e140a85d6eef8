#!/usr/bin/env bash
# Reproduces mypy/arg-type: calls whose arguments do not match the parameter types (an Optional
# passed where the plain type is required, a str where an int is expected, a list for a tuple).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import os
from pathlib import Path

def connect(host: str, port: int) -> None: ...

class Client:
    def fetch(self, ids: tuple[int, ...]) -> None: ...

connect(os.environ.get("HOST"), "8080")
Client().fetch([1, 2, 3])
Path(None)
EOF_FILE
mypy --no-incremental app.py 2>&1
