#!/usr/bin/env bash
# Reproduces python/object-not-callable: calling a builtin name that was reassigned.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
list = [3, 1, 2]
print(list(range(3)))
EOF_FILE
cat > b.py <<'EOF_FILE'
str = 'name'
print(str(42))
EOF_FILE
run_each_python app.py b.py
