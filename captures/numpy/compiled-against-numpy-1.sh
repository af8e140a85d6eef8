#!/usr/bin/env bash
# Reproduces numpy/compiled-against-numpy-1: extensions built for NumPy 1.x (pandas 2.1.4, scipy 1.11.4) imported under NumPy 2.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at an interpreter with numpy>=2 plus pandas==2.1.4 and scipy==1.11.4 installed with --no-deps.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > a.py <<'EOF_FILE'
import pandas
EOF_FILE
cat > b.py <<'EOF_FILE'
import scipy.linalg
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import numpy; print('numpy', numpy.__version__)"; "$py" a.py 2>&1 | tail -n 3; echo ...; "$py" b.py 2>&1 | grep -v "^  "
done
