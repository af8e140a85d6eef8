#!/usr/bin/env bash
# Reproduces pandas/key-error-column: selecting a DataFrame column that does not exist.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'Price ': [1.0], 'qty': [2]})
print(df['price'])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import pandas; print('pandas', pandas.__version__)"; "$py" app.py 2>&1 | cat
done
