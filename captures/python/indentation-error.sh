#!/usr/bin/env bash
# Reproduces python/indentation-error: unexpected indent, missing block and mismatched dedent.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > a.py <<'EOF_FILE'
def main():
    x = 1
        y = 2
EOF_FILE
cat > b.py <<'EOF_FILE'
def main():
    if True:
    return 1
EOF_FILE
cat > c.py <<'EOF_FILE'
def main():
    if True:
        x = 1
      return x
EOF_FILE
run_each_python a.py b.py c.py
