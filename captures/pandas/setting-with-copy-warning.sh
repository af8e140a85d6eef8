#!/usr/bin/env bash
# Reproduces pandas/setting-with-copy-warning: chained assignment on a filtered DataFrame (SettingWithCopyWarning before pandas 3, ChainedAssignmentError from 3.0).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed (2.x and 3.x differ).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'a': [1, 2, 3], 'b': [4, 5, 6]})
sub = df[df['a'] > 1]
sub['b'] = 0
df[df['a'] > 1]['b'] = 0
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import pandas; print('pandas', pandas.__version__)"; "$py" app.py 2>&1
done
