#!/usr/bin/env bash
# Reproduces python/cannot-import-name: importing a name a module does not (or no longer) define.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.10, 3.12, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
from collections import Mapping
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
