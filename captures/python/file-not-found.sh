#!/usr/bin/env bash
# Reproduces python/file-not-found: opening a relative path from the wrong working directory, and running a script that is not there.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import json
with open("data/config.json") as fh:
    print(json.load(fh))
EOF_FILE
run_each_python app.py missing_main.py
