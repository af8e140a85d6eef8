#!/usr/bin/env bash
# Reproduces python/name-error-not-defined: a name used before import or definition.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
print(pd.DataFrame())
EOF_FILE
cat > b.py <<'EOF_FILE'
print(os.getcwd())
EOF_FILE
cat > c.py <<'EOF_FILE'
def f():
    retrun = 1
    return retrn
f()
EOF_FILE
run_each_python app.py b.py c.py
