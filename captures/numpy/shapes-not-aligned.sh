#!/usr/bin/env bash
# Reproduces numpy/shapes-not-aligned: matrix products whose inner dimensions differ.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
a = np.ones((2, 3)); b = np.ones((2, 3))
try:
    np.dot(a, b)
except ValueError as e:
    print("ValueError:", e)
a @ b
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import numpy; print('numpy', numpy.__version__)"; "$py" app.py 2>&1 | grep -E "^(ValueError|numpy)"
done
