#!/usr/bin/env bash
# Reproduces python/fstring-syntax-error-old-python: f-strings under Python 2, and nested same-type quotes before Python 3.12.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.6, 3.8, 3.11, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
name = "world"
print(f"Hello {name}")
EOF_FILE
cat > nested.py <<'EOF_FILE'
user = {"name": "Ada"}
print(f"Hello {user["name"]}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" nested.py 2>&1
done
