#!/usr/bin/env bash
# Reproduces mypy/union-attr: attribute access and calls on a value whose type includes None
# (re.match, dict.get, an Optional parameter) without narrowing it first.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
cat > app.py <<'EOF_FILE'
import re
from typing import Optional, Union

def version(text: str) -> str:
    return re.match(r"v(\d+)", text).group(1)

def upper(name: Optional[str]) -> str:
    return name.upper()

def size(value: Union[int, str]) -> int:
    return value.bit_length()

settings: dict[str, str] = {}
host = settings.get("host").strip()
EOF_FILE
mypy --no-incremental app.py 2>&1
