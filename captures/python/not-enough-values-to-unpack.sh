#!/usr/bin/env bash
# Reproduces python/not-enough-values-to-unpack: unpacking fewer items than names.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
line = 'alice,30'
name, age, city = line.split(',')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
