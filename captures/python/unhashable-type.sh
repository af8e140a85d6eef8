#!/usr/bin/env bash
# Reproduces python/unhashable-type: using a list as a dict key or set member.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
seen = set()
for row in [[1, 2], [1, 2]]:
    seen.add(row)
EOF_FILE
cat > b.py <<'EOF_FILE'
counts = {}
counts[{'id': 1}] = 1
EOF_FILE
run_each_python app.py b.py
