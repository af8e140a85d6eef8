#!/usr/bin/env bash
# Reproduces mypy/call-arg: calls with a missing argument, too many arguments, or an unknown
# keyword, and attribute access on an object whose class does not define it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
from dataclasses import dataclass

@dataclass
class User:
    name: str
    email: str

def send(to: str, subject: str) -> None: ...

User("ann")
send("a@example.com")
send("a@example.com", "hi", "body")
send(to="a@example.com", title="hi")
EOF_FILE
mypy --no-incremental app.py 2>&1
