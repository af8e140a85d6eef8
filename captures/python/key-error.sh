#!/usr/bin/env bash
# Reproduces python/key-error: a missing dictionary key and a missing environment variable.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import os
user = {"name": "Ada"}
try:
    print(user["user_id"])
except KeyError:
    import traceback; traceback.print_exc()
print(os.environ["DATABASE_URL"])
EOF_FILE
run_each_python app.py
