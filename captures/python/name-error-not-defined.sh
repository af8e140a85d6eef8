#!/usr/bin/env bash
# Reproduces python/name-error-not-defined: a name used before import or definition.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import numpy as np
print(pd.DataFrame())
EOF_FILE
cat > b.py <<'EOF_FILE'
print(os.getcwd())
EOF_FILE
cat > c.py <<'EOF_FILE'
def f():
    retrun = 1
    return retrn
f()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1; "$py" c.py 2>&1
done
