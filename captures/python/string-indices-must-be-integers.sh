#!/usr/bin/env bash
# Reproduces python/string-indices-must-be-integers: indexing a string as if it were a dict (JSON not parsed, or iterating a dict's keys).
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.10, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import json
body = '{"user": {"name": "Ada"}}'
print(body['user'])
EOF_FILE
cat > b.py <<'EOF_FILE'
data = {'users': [{'name': 'Ada'}]}
for user in data:
    print(user['name'])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1; "$py" b.py 2>&1 | tail -n 1
done
