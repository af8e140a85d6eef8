#!/usr/bin/env bash
# Reproduces python/unbound-local-error: assigning to a global name inside a function without declaring it.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.10, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
counter = 0
def increment():
    counter += 1
increment()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
