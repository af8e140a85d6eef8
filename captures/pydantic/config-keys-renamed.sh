#!/usr/bin/env bash
# Reproduces pydantic/config-keys-renamed: pydantic 1 Config keys (orm_mode, allow_population_by_field_name) under pydantic 2.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pydantic 2 installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > main.py <<'EOF_FILE'
from pydantic import BaseModel
class User(BaseModel):
    id: int
    class Config:
        orm_mode = True
        allow_population_by_field_name = True
EOF_FILE
run_each_python main.py
