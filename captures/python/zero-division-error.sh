#!/usr/bin/env bash
# Reproduces python/zero-division-error: dividing by zero with ints, floats and modulo.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
total, count = 10, 0
print(total / count)
EOF_FILE
cat > b.py <<'EOF_FILE'
print(1.5 / 0.0)
EOF_FILE
cat > c.py <<'EOF_FILE'
print(10 % 0)
EOF_FILE
run_each_python app.py b.py c.py
