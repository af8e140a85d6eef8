#!/usr/bin/env bash
# Reproduces mypy/no-untyped-def: functions without annotations under --strict
# (disallow_untyped_defs), and calls to them from typed code.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
def load(path):
    return open(path).read()

def parse(text: str, strict=False):
    return text.split()

def main() -> None:
    print(load("x"))
EOF_FILE
mypy --no-incremental --strict app.py 2>&1
