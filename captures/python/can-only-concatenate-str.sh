#!/usr/bin/env bash
# Reproduces python/can-only-concatenate-str: adding a number to a string.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
count = 3
print('Found ' + count + ' files')
EOF_FILE
cat > b.py <<'EOF_FILE'
total = 5 + '3'
EOF_FILE
run_each_python app.py b.py
