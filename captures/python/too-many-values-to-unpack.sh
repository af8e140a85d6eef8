#!/usr/bin/env bash
# Reproduces python/too-many-values-to-unpack: unpacking more items than names.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
config = {'host': 'db', 'port': 5432}
for key, value in config:
    print(key, value)
EOF_FILE
cat > b.py <<'EOF_FILE'
a, b = [1, 2, 3]
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1
done
