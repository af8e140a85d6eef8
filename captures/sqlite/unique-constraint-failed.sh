#!/usr/bin/env bash
# Reproduces sqlite/unique-constraint-failed: inserting a second row with the same UNIQUE / PRIMARY KEY value into SQLite.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with the standard library (sqlite3) installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import sqlite3
db = sqlite3.connect(":memory:")
db.execute("create table users (id integer primary key, email text unique)")
db.execute("insert into users values (1, 'a@example.com')")
try:
    db.execute("insert into users values (1, 'b@example.com')")
except sqlite3.IntegrityError as e:
    print("sqlite3.IntegrityError:", e)
db.execute("insert into users values (2, 'a@example.com')")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | grep -B1 IntegrityError
done
