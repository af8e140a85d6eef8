#!/usr/bin/env bash
# Reproduces pytorch/elastic-child-failed: torchrun starts two CPU (gloo) workers; rank 1 raises,
# so the launcher stops the other one and ends with ChildFailedError and its failure table.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > train.py <<'EOF_FILE'
import torch.distributed as dist
dist.init_process_group("gloo")
if dist.get_rank() == 1:
    raise ValueError("boom in rank 1")
dist.barrier()
EOF_FILE
torchrun --version 2>/dev/null || python3 -c "import torch; print('torch', torch.__version__)"
timeout 120 torchrun --nproc_per_node=2 --master_addr=127.0.0.1 --master_port="$(random_port)" train.py 2>&1 \
    | sed -n '/failed (exitcode/p; /ChildFailedError/,$p'
