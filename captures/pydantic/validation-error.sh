#!/usr/bin/env bash
# Reproduces pydantic/validation-error: model validation fails on bad and missing input.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pydantic installed (v1 and v2 word it differently).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > main.py <<'EOF_FILE'
from pydantic import BaseModel
class User(BaseModel):
    id: int
    email: str
User(id="abc")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import pydantic; print('pydantic', pydantic.VERSION)"; "$py" main.py 2>&1 | tail -n 8
done
