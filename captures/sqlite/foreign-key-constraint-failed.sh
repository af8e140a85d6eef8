#!/usr/bin/env bash
# Reproduces sqlite/foreign-key-constraint-failed: an INSERT referencing a missing parent with PRAGMA foreign_keys on (as Django enables it).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with the standard library (sqlite3) installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import sqlite3
db = sqlite3.connect(":memory:")
db.execute("PRAGMA foreign_keys = ON")
db.execute("create table users (id integer primary key)")
db.execute("create table orders (id integer primary key, user_id integer references users(id))")
db.execute("insert into orders values (1, 99)")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 2
done
