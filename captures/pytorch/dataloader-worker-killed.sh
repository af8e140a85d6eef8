#!/usr/bin/env bash
# Reproduces pytorch/dataloader-worker-killed: a DataLoader worker process is SIGKILLed (what the
# kernel's OOM killer does), so the main process reports the dead worker.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script, and
# PYTHONS must point at interpreters that have torch.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import os
import signal
from torch.utils.data import DataLoader, Dataset

class Images(Dataset):
    def __len__(self):
        return 8
    def __getitem__(self, i):
        os.kill(os.getpid(), signal.SIGKILL)  # stands in for the OOM killer

if __name__ == "__main__":
    for batch in DataLoader(Images(), num_workers=2):
        pass
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import torch; print('torch', torch.__version__)"
    timeout 120 "$py" app.py 2>&1 | grep -E '^RuntimeError: DataLoader worker'
done
