#!/usr/bin/env bash
# Reproduces python/too-many-open-files: opening files in a loop without closing them, under a low descriptor limit.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
handles = []
for i in range(10000):
    handles.append(open(__file__))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    (ulimit -n 256; "$py" app.py 2>&1)
done
