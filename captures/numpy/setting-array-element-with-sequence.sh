#!/usr/bin/env bash
# Reproduces numpy/setting-array-element-with-sequence: building an array from ragged nested lists.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
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
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E "^ValueError"
done
