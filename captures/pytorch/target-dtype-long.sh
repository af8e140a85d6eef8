#!/usr/bin/env bash
# Reproduces pytorch/target-dtype-long: cross_entropy / nll_loss with float class targets.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
import torch.nn.functional as F
for loss in (F.cross_entropy, F.nll_loss):
    try:
        loss(torch.randn(2, 3), torch.tensor([0.0, 1.0]))
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | grep -E '^RuntimeError'
done
