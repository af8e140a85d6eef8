#!/usr/bin/env bash
# Reproduces python/unicode-decode-error: reading a Latin-1 file as UTF-8.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
with open("legacy.csv", "w", encoding="latin-1") as fh:
    fh.write("caf\xe9;1\n")
with open("legacy.csv", encoding="utf-8") as fh:
    print(fh.read())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
