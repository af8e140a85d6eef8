#!/usr/bin/env bash
# Reproduces python/recursion-error: a recursive function without a base case.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
def fact(n):
    return n * fact(n - 1)
fact(5)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 8
done
