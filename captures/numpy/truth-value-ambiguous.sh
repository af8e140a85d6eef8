#!/usr/bin/env bash
# Reproduces numpy/truth-value-ambiguous: an array used where a single bool is needed.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
scores = np.array([0.2, 0.9])
if scores > 0.5:
    print('pass')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
