#!/usr/bin/env bash
# Reproduces python/key-error: a missing dictionary key and a missing environment variable.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import os
user = {"name": "Ada"}
try:
    print(user["user_id"])
except KeyError:
    import traceback; traceback.print_exc()
print(os.environ["DATABASE_URL"])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
