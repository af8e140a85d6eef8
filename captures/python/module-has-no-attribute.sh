#!/usr/bin/env bash
# Reproduces python/module-has-no-attribute: a local csv.py shadows the standard library module.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > csv.py <<'EOF_FILE'
# my notes about the csv export
EOF_FILE
cat > app.py <<'EOF_FILE'
import csv
with open('app.py') as fh:
    rows = list(csv.reader(fh))
EOF_FILE
run_each_python app.py
