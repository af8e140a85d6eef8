#!/usr/bin/env bash
# Reproduces python/index-out-of-range: indexing past the end of a list, tuple or string.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import sys
print(sys.argv[1])
EOF_FILE
cat > b.py <<'EOF_FILE'
point = (1, 2)
print(point[2])
EOF_FILE
cat > c.py <<'EOF_FILE'
print('abc'[5])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1; "$py" c.py 2>&1
done
