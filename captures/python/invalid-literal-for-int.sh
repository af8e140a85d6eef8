#!/usr/bin/env bash
# Reproduces python/invalid-literal-for-int: converting non-numeric text to a number.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
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
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1 | tail -n 1; "$py" c.py 2>&1 | tail -n 1
done
