#!/usr/bin/env bash
# Reproduces python/object-not-callable: calling a builtin name that was reassigned.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
list = [3, 1, 2]
print(list(range(3)))
EOF_FILE
cat > b.py <<'EOF_FILE'
str = 'name'
print(str(42))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1
done
