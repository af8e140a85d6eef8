#!/usr/bin/env bash
# Reproduces python/can-only-concatenate-str: adding a number to a string.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
count = 3
print('Found ' + count + ' files')
EOF_FILE
cat > b.py <<'EOF_FILE'
total = 5 + '3'
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1
done
