#!/usr/bin/env bash
# Reproduces cuda/cuda-home-not-set: a setup.py-style CUDAExtension built with PyTorch on a
# machine without a CUDA toolkit (no nvcc, CUDA_HOME unset).
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > setup_ext.py <<'EOF_FILE'
from torch.utils.cpp_extension import CUDAExtension
CUDAExtension("demo._C", ["demo_kernel.cu"])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    env -u CUDA_HOME -u CUDA_PATH "$py" setup_ext.py 2>&1 | tail -n 3
done
