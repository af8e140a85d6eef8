#!/usr/bin/env bash
# Reproduces numpy/setting-array-element-with-sequence: building an array from ragged nested lists.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import numpy as np
rows = [[1, 2, 3], [4, 5]]
try:
    np.array(rows, dtype=float)
except ValueError as e:
    print('ValueError:', e)
np.array(rows)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | grep -E "^ValueError"
done
