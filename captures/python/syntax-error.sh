#!/usr/bin/env bash
# Reproduces python/syntax-error: a missing colon, an unclosed bracket and a Python 2 print statement.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > a.py <<'EOF_FILE'
def main()
    pass
EOF_FILE
cat > b.py <<'EOF_FILE'
items = [1, 2, 3
print(items)
EOF_FILE
cat > c.py <<'EOF_FILE'
print "hello"
EOF_FILE
cat > d.py <<'EOF_FILE'
x = {'a': 1 'b': 2}
EOF_FILE
run_each_python a.py b.py c.py d.py
