#!/usr/bin/env bash
# Reproduces pandas/merge-on-different-dtypes: merging on key columns of different dtypes.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import pandas as pd
left = pd.DataFrame({'id': ['1', '2'], 'x': [1, 2]})
right = pd.DataFrame({'id': [1, 2], 'y': [3, 4]})
print(left.merge(right, on='id'))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
