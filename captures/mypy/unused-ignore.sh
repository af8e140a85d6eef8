#!/usr/bin/env bash
# Reproduces mypy/unused-ignore: type-ignore comments that no longer silence anything, reported
# under --warn-unused-ignores (part of --strict).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import json

data = json.loads("{}")  # type: ignore
count: int = 1  # type: ignore[assignment]
EOF_FILE
mypy --no-incremental --warn-unused-ignores app.py 2>&1
