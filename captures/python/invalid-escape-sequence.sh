#!/usr/bin/env bash
# Reproduces python/invalid-escape-sequence: Windows paths and regexes in normal string literals.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.12, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import re
path = 'C:\data\reports'
pattern = re.compile('\d+\.\d+')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -W default app.py 2>&1
done
