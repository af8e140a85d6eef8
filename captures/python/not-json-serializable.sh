#!/usr/bin/env bash
# Reproduces python/not-json-serializable: json.dumps on datetime, set and Decimal values.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import json, datetime, decimal
for value in (datetime.datetime(2026, 11, 21, 6, 40), {1, 2}, decimal.Decimal('9.99')):
    try:
        json.dumps({'v': value})
    except TypeError as exc:
        print('TypeError:', exc)
EOF_FILE
run_each_python app.py
