#!/usr/bin/env bash
# Reproduces pytorch/device-mismatch: the CPU-visible part of a device mismatch: a meta-device weight meets a CPU input.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed; on a CUDA machine a cuda weight and a cpu input give the classic message.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
layer = torch.nn.Linear(4, 2, device='meta')
layer(torch.randn(3, 4))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
