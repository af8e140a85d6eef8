#!/usr/bin/env bash
# Reproduces numpy/shapes-not-aligned: matrix products whose inner dimensions differ.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
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
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import numpy; print('numpy', numpy.__version__)"; "$py" app.py 2>&1 | grep -E "^(ValueError|numpy)"
done
