#!/usr/bin/env bash
# Reproduces pandas/truth-value-series-ambiguous: a Series used in an if or combined with and/or.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'age': [15, 30], 'city': ['a', 'b']})
print(df[(df['age'] > 18) and (df['city'] == 'a')])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
