#!/usr/bin/env bash
# Reproduces python/sqlite-database-locked: a second connection writes while the first holds a write transaction.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import sqlite3
a = sqlite3.connect('app.db')
a.execute('create table if not exists t (x)')
a.commit()
a.execute('insert into t values (1)')
b = sqlite3.connect('app.db', timeout=0.2)
b.execute('insert into t values (2)')
EOF_FILE
run_each_python app.py
