#!/usr/bin/env bash
# Reproduces python/zero-division-error: dividing by zero with ints, floats and modulo.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
total, count = 10, 0
print(total / count)
EOF_FILE
cat > b.py <<'EOF_FILE'
print(1.5 / 0.0)
EOF_FILE
cat > c.py <<'EOF_FILE'
print(10 % 0)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1; "$py" c.py 2>&1
done
