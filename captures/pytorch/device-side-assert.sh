#!/usr/bin/env bash
# Reproduces pytorch/device-side-assert: the CPU form of the failure that on a GPU surfaces as 'device-side assert triggered': a class index out of range.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed; on a CUDA machine move logits and target to 'cuda' to see the device-side assert.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
logits = torch.randn(4, 5)
target = torch.tensor([0, 1, 5, 2])
torch.nn.functional.cross_entropy(logits, target)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
