#!/usr/bin/env bash
# Reproduces sqlalchemy/textual-sql-text: passing a plain SQL string to Connection.execute() in SQLAlchemy 2.0.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from sqlalchemy import create_engine
engine = create_engine("sqlite://")
import sys
from sqlalchemy.orm import Session
if sys.argv[1:] == ["session"]:
    with Session(engine) as s:
        s.execute("SELECT 1")
with engine.connect() as conn:
    if sys.argv[1:] == ["long"]:
        conn.execute("SELECT id, email FROM users WHERE id = 1")
    conn.execute("SELECT 1")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
    "$py" app.py session 2>&1 | tail -n 2
    "$py" app.py long 2>&1 | tail -n 1
done
