#!/usr/bin/env bash
# Reproduces pandas/length-mismatch: assigning a list of the wrong length to a column.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'a': [1, 2, 3, 4]})
df['b'] = [1, 2, 3]
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
