#!/usr/bin/env bash
# Reproduces python/invalid-literal-for-int: converting non-numeric text to a number.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
age = int('30 years')
EOF_FILE
cat > b.py <<'EOF_FILE'
price = float('1,5')
EOF_FILE
cat > c.py <<'EOF_FILE'
n = int('')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1; "$py" b.py 2>&1 | tail -n 1; "$py" c.py 2>&1 | tail -n 1
done
