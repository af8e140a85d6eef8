#!/usr/bin/env bash
# Reproduces python/module-has-no-attribute: a local csv.py shadows the standard library module.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > csv.py <<'EOF_FILE'
# my notes about the csv export
EOF_FILE
cat > app.py <<'EOF_FILE'
import csv
with open('app.py') as fh:
    rows = list(csv.reader(fh))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
