#!/usr/bin/env bash
# Reproduces pandas/parser-error-tokenizing: read_csv on a file whose rows have more fields than the header.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
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
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E "^[A-Za-z_.]*(Error|Exception):"
done
