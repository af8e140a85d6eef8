#!/usr/bin/env bash
# Reproduces python/index-out-of-range: indexing past the end of a list, tuple or string.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import sys
print(sys.argv[1])
EOF_FILE
cat > b.py <<'EOF_FILE'
point = (1, 2)
print(point[2])
EOF_FILE
cat > c.py <<'EOF_FILE'
print('abc'[5])
EOF_FILE
run_each_python app.py b.py c.py
