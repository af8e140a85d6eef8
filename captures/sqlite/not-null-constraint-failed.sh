#!/usr/bin/env bash
# Reproduces sqlite/not-null-constraint-failed: an INSERT that leaves a NOT NULL column empty.
# PYTHONS lists the interpreters to try (default: python3).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import sqlite3
db = sqlite3.connect(":memory:")
db.execute("create table blog_post (id integer primary key, title text not null, author_id integer not null)")
db.execute("insert into blog_post (author_id) values (1)")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 2
done
