#!/usr/bin/env bash
# Reproduces pytorch/index-out-of-range-in-self: an nn.Embedding of 5 rows looked up with index 7.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
emb = torch.nn.Embedding(5, 3)
emb(torch.tensor([1, 7]))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | tail -n 1
done
