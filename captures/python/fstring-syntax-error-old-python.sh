#!/usr/bin/env bash
# Reproduces python/fstring-syntax-error-old-python: f-strings under Python 2, and nested same-type quotes before Python 3.12.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.6, 3.8, 3.11, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
name = "world"
print(f"Hello {name}")
EOF_FILE
cat > nested.py <<'EOF_FILE'
user = {"name": "Ada"}
print(f"Hello {user["name"]}")
EOF_FILE
run_each_python app.py nested.py
