#!/usr/bin/env bash
# Reproduces pytorch/tensor-to-numpy: calling .numpy() on a tensor that requires grad.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed; a CUDA tensor gives the cuda:0 variant.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
w = torch.randn(3, requires_grad=True)
(w * 2).numpy()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
