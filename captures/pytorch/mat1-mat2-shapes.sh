#!/usr/bin/env bash
# Reproduces pytorch/mat1-mat2-shapes: a Linear layer fed features of the wrong size.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
layer = torch.nn.Linear(512, 10)
x = torch.randn(64, 256)
layer(x)
EOF_FILE
cat > b.py <<'EOF_FILE'
import torch
torch.mm(torch.randn(3, 4), torch.randn(5, 6))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1; "$py" b.py 2>&1 | tail -n 1
done
