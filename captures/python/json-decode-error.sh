#!/usr/bin/env bash
# Reproduces python/json-decode-error: parsing an empty body, a Python-style dict and two documents as JSON.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import json
json.loads('')
EOF_FILE
cat > b.py <<'EOF_FILE'
import json
json.loads("{'a': 1}")
EOF_FILE
cat > c.py <<'EOF_FILE'
import json
json.loads('{"a": 1}\n{"b": 2}')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1; "$py" b.py 2>&1 | tail -n 1; "$py" c.py 2>&1 | tail -n 1
done
