#!/usr/bin/env bash
# Reproduces pandas/parser-error-tokenizing: read_csv on a file whose rows have more fields than the header.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > data.csv <<'EOF_FILE'
name,city
Ada,London
Grace,New York, NY
EOF_FILE
cat > app.py <<'EOF_FILE'
import pandas as pd
pd.read_csv('data.csv')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | grep -E "^[A-Za-z_.]*(Error|Exception):"
done
