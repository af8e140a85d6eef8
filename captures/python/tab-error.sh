#!/usr/bin/env bash
# Reproduces python/tab-error: mixing tabs and spaces in one block.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
def main():
    x = 1
	return x
EOF_FILE
run_each_python app.py
