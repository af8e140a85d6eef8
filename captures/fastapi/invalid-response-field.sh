#!/usr/bin/env bash
# Reproduces fastapi/invalid-response-field: a path operation whose return annotation is a
# class pydantic cannot validate (an ORM model).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with FastAPI installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from fastapi import FastAPI
class User:
    def __init__(self, name):
        self.name = name
app = FastAPI()
@app.get("/users/me")
def me() -> User:
    return User("ann")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 3
done
