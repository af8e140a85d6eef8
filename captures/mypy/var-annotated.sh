#!/usr/bin/env bash
# Reproduces mypy/var-annotated: empty containers and None assigned without an annotation, so mypy
# cannot infer the variable's type.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import collections

items = []
cache = {}
seen = set()
counts = collections.defaultdict(list)

class Registry:
    def __init__(self) -> None:
        self.handlers = {}
EOF_FILE
mypy --no-incremental app.py 2>&1
