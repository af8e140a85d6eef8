#!/usr/bin/env bash
# Reproduces python/cannot-import-name: importing a name a module does not (or no longer) define.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.10, 3.12, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
from collections import Mapping
EOF_FILE
run_each_python app.py
