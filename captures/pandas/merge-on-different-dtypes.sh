#!/usr/bin/env bash
# Reproduces pandas/merge-on-different-dtypes: merging on key columns of different dtypes.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import pandas as pd
left = pd.DataFrame({'id': ['1', '2'], 'x': [1, 2]})
right = pd.DataFrame({'id': [1, 2], 'y': [3, 4]})
print(left.merge(right, on='id'))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
