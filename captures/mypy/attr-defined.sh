#!/usr/bin/env bash
# Reproduces mypy/attr-defined: attribute access on an instance whose class does not define that
# attribute (a typo, an attribute set only in some method, a library object with another API).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
from pathlib import Path

class Config:
    def __init__(self) -> None:
        self.debug = False

cfg = Config()
print(cfg.verbose)
Path("x").exist()
"text".startwith("t")
EOF_FILE
mypy --no-incremental app.py 2>&1
