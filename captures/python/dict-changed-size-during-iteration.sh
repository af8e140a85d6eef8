#!/usr/bin/env bash
# Reproduces python/dict-changed-size-during-iteration: deleting from a dict or set while looping over it.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
prices = {'a': 1, 'b': 0}
for k in prices:
    if prices[k] == 0:
        del prices[k]
EOF_FILE
cat > b.py <<'EOF_FILE'
s = {1, 2, 3}
for x in s:
    s.add(x * 10)
EOF_FILE
run_each_python app.py b.py
