#!/usr/bin/env bash
# Reproduces sqlite/unable-to-open-database: an SQLite path whose folder does not exist
# (sqlite3 directly and through SQLAlchemy).
# PYTHONS lists the interpreters to try (default: python3); SQLAlchemy is optional (its line is skipped without it).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import sqlite3, sys
try:
    sqlite3.connect("data/app.db")
except sqlite3.OperationalError as e:
    print("sqlite3.OperationalError:", e)
try:
    from sqlalchemy import create_engine, text
except ImportError:
    sys.exit(0)
with create_engine("sqlite:///data/app.db").connect() as conn:
    conn.execute(text("select 1"))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E "OperationalError|Background"
done
