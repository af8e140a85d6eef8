#!/usr/bin/env bash
# Reproduces pytorch/float-double-mismatch: float64 inputs (what NumPy produces) fed to float32
# layers and tensors: a Conv2d, an LSTM and a matmul.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
double = torch.float64
for step in (lambda: torch.nn.Conv2d(3, 4, 3)(torch.randn(1, 3, 8, 8, dtype=double)),
             lambda: torch.nn.LSTM(3, 4)(torch.randn(2, 1, 3, dtype=double)),
             lambda: torch.randn(2, 3) @ torch.randn(3, 2, dtype=double)):
    try:
        step()
    except (RuntimeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1
done
