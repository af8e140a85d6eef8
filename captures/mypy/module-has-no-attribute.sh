#!/usr/bin/env bash
# Reproduces mypy/module-has-no-attribute: names used from, or imported from, a module that does
# not define them (typos, names added in a newer release than the stubs know).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import json
import os
from os import pathx

os.getcwdd()
json.loadz("{}")
EOF_FILE
mypy --no-incremental app.py 2>&1
