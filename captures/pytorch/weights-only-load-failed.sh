#!/usr/bin/env bash
# Reproduces pytorch/weights-only-load-failed: torch.load (weights_only=True by default since 2.6) of a checkpoint holding a NumPy array.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
import torch
torch.save({"step": np.array([1, 2])}, "ckpt.pt")
torch.load("ckpt.pt")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' | sed -n '/UnpicklingError/,$p'
done
