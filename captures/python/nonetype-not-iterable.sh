#!/usr/bin/env bash
# Reproduces python/nonetype-not-iterable: looping over or unpacking a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
def find_users():
    users = []
    users.sort()
for u in find_users():
    print(u)
EOF_FILE
cat > b.py <<'EOF_FILE'
def split_name(s):
    if ' ' in s:
        return s.split(' ', 1)
first, last = split_name('Ada')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" b.py 2>&1
done
