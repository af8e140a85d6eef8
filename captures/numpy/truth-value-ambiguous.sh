#!/usr/bin/env bash
# Reproduces numpy/truth-value-ambiguous: an array used where a single bool is needed.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import numpy as np
scores = np.array([0.2, 0.9])
if scores > 0.5:
    print('pass')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
