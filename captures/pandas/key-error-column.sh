#!/usr/bin/env bash
# Reproduces pandas/key-error-column: selecting a DataFrame column that does not exist.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pandas installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import pandas as pd
df = pd.DataFrame({'Price ': [1.0], 'qty': [2]})
print(df['price'])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import pandas; print('pandas', pandas.__version__)"; "$py" app.py 2>&1 | cat
done
