#!/usr/bin/env bash
# Reproduces numpy/removed-alias-attribute: code using np.float / np.NaN removed in NumPy 1.24 and 2.0.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy >= 2 installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
x = np.zeros(3, dtype=np.float)
EOF_FILE
cat > b.py <<'EOF_FILE'
import numpy as np
print(np.NaN)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 5; "$py" b.py 2>&1 | tail -n 1
done
