#!/usr/bin/env bash
# Reproduces pytorch/deserialize-cuda-on-cpu: loading a checkpoint saved from CUDA tensors on a machine without CUDA (the save is made to record cuda:0 as the storage location).
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
import torch.serialization as ser
real = ser.location_tag
ser.location_tag = lambda storage: "cuda:0"  # what torch.save writes for a tensor on the GPU
torch.save({"w": torch.ones(2)}, "gpu.pt")
ser.location_tag = real
torch.load("gpu.pt")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    "$py" app.py 2>&1 | tail -n 1
done
