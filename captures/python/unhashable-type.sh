#!/usr/bin/env bash
# Reproduces python/unhashable-type: using a list as a dict key or set member.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
seen = set()
for row in [[1, 2], [1, 2]]:
    seen.add(row)
EOF_FILE
cat > b.py <<'EOF_FILE'
counts = {}
counts[{'id': 1}] = 1
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1
done
