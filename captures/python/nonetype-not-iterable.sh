#!/usr/bin/env bash
# Reproduces python/nonetype-not-iterable: looping over or unpacking a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
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
run_each_python app.py b.py
