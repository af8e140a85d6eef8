#!/usr/bin/env bash
# Reproduces pandas/setting-with-copy-warning: chained assignment on a filtered DataFrame (SettingWithCopyWarning before pandas 3, ChainedAssignmentError from 3.0).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed (2.x and 3.x differ).
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'a': [1, 2, 3], 'b': [4, 5, 6]})
sub = df[df['a'] > 1]
sub['b'] = 0
df[df['a'] > 1]['b'] = 0
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import pandas; print('pandas', pandas.__version__)"; "$py" app.py 2>&1
done
