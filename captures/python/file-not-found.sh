#!/usr/bin/env bash
# Reproduces python/file-not-found: opening a relative path from the wrong working directory, and running a script that is not there.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import json
with open("data/config.json") as fh:
    print(json.load(fh))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" missing_main.py 2>&1
done
