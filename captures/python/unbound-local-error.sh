#!/usr/bin/env bash
# Reproduces python/unbound-local-error: assigning to a global name inside a function without declaring it.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.10, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
counter = 0
def increment():
    counter += 1
increment()
EOF_FILE
run_each_python app.py
