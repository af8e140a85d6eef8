#!/usr/bin/env bash
# Reproduces accelerate/launch-defaults-used: `accelerate launch` with no config file and no
# flags fills in defaults and says so. HOME points at the work directory so no saved
# `accelerate config` is found.
# Needs accelerate (pip install accelerate torch): accelerate is its console script.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires accelerate
enter_work_dir
cat > train.py <<'EOF_FILE'
from accelerate import Accelerator
print("device", Accelerator().device)
EOF_FILE
export HOME="$work" HF_HOME="$work/hf-home"
timeout 120 accelerate launch --cpu train.py 2>&1 | grep -v '^device'
