#!/usr/bin/env bash
# Reproduces pydantic/root-validator-skip-on-failure: pydantic 1 style @root_validator under pydantic 2.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pydantic 2 installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
from pydantic import BaseModel, root_validator
class Window(BaseModel):
    start: int
    end: int
    @root_validator
    def check(cls, values):
        return values
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" main.py 2>&1 | tail -n 4
done
