#!/usr/bin/env bash
# Reproduces python/too-many-values-to-unpack: unpacking more items than names.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
config = {'host': 'db', 'port': 5432}
for key, value in config:
    print(key, value)
EOF_FILE
cat > b.py <<'EOF_FILE'
a, b = [1, 2, 3]
EOF_FILE
run_each_python app.py b.py
