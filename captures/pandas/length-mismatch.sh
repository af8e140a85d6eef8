#!/usr/bin/env bash
# Reproduces pandas/length-mismatch: assigning a list of the wrong length to a column.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'a': [1, 2, 3, 4]})
df['b'] = [1, 2, 3]
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
