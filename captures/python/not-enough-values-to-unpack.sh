#!/usr/bin/env bash
# Reproduces python/not-enough-values-to-unpack: unpacking fewer items than names.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
line = 'alice,30'
name, age, city = line.split(',')
EOF_FILE
run_each_python app.py
