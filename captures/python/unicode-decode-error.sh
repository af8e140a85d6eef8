#!/usr/bin/env bash
# Reproduces python/unicode-decode-error: reading a Latin-1 file as UTF-8.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
with open("legacy.csv", "w", encoding="latin-1") as fh:
    fh.write("caf\xe9;1\n")
with open("legacy.csv", encoding="utf-8") as fh:
    print(fh.read())
EOF_FILE
run_each_python app.py
