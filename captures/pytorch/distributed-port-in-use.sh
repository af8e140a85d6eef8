#!/usr/bin/env bash
# Reproduces pytorch/distributed-port-in-use: a throwaway listener holds a port on 127.0.0.1 and
# torchrun is told to use that port for its rendezvous store.
# Needs PyTorch (pip install torch; the CPU build is enough): torchrun is its console script.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires torchrun
enter_work_dir
cat > ok.py <<'EOF_FILE'
import torch.distributed as dist
dist.init_process_group("gloo")
EOF_FILE
port=$(random_port)
start_server python3 -c "import socket, time; s = socket.socket(); s.bind(('127.0.0.1', $port)); s.listen(); time.sleep(60)"
sleep 1
timeout 120 torchrun --nproc_per_node=1 --master_addr=127.0.0.1 --master_port="$port" ok.py 2>&1 | tail -n 1
