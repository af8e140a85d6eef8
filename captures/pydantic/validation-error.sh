#!/usr/bin/env bash
# Reproduces pydantic/validation-error: model validation fails on bad and missing input.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pydantic installed (v1 and v2 word it differently).
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
from pydantic import BaseModel
class User(BaseModel):
    id: int
    email: str
User(id="abc")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import pydantic; print('pydantic', pydantic.VERSION)"; "$py" main.py 2>&1 | tail -n 8
done
