#!/usr/bin/env bash
# Reproduces pytorch/not-compiled-with-cuda: moving a tensor to CUDA with a CPU-only PyTorch build.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with a CPU-only torch (e.g. torch==2.13.0+cpu).
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
print(torch.__version__, torch.cuda.is_available())
x = torch.zeros(3).cuda()
EOF_FILE
cat > b.py <<'EOF_FILE'
import torch
model = torch.nn.Linear(2, 2).to('cuda')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 5; "$py" b.py 2>&1 | tail -n 1
done
