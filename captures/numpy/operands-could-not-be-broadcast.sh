#!/usr/bin/env bash
# Reproduces numpy/operands-could-not-be-broadcast: element-wise arithmetic on arrays whose shapes cannot broadcast.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with numpy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
prices = np.array([1.0, 2.0, 3.0]); qty = np.array([1, 2, 3, 4])
for attempt in (lambda: prices * qty,
                lambda: np.broadcast_to(np.ones((2, 2)), (3, 3)),
                lambda: prices.__iadd__(np.ones((2, 3)))):
    try:
        attempt()
    except ValueError as exc:
        print("ValueError:", exc)
EOF_FILE
run_each_python app.py
