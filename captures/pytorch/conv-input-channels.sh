#!/usr/bin/env bash
# Reproduces pytorch/conv-input-channels: a Conv2d for 3 channels gets a 1-channel image, then an unbatched 2-D input.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
conv = torch.nn.Conv2d(3, 8, 3)
for x in (torch.randn(1, 1, 8, 8), torch.randn(8, 8)):
    try:
        conv(x)
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | grep -E '^RuntimeError'
done
