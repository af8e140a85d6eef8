#!/usr/bin/env bash
# Reproduces pytorch/batch-size-mismatch: cross_entropy with 4 predictions and 2 targets.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
torch.nn.functional.cross_entropy(torch.randn(4, 3), torch.tensor([0, 1]))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | tail -n 1
done
