#!/usr/bin/env bash
# Reproduces pytorch/no-grad-fn: calling backward on a loss computed without gradient tracking.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
model = torch.nn.Linear(3, 1)
with torch.no_grad():
    loss = model(torch.randn(4, 3)).sum()
loss.backward()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
