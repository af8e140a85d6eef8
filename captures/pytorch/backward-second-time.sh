#!/usr/bin/env bash
# Reproduces pytorch/backward-second-time: calling backward twice through the same graph.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
x = torch.randn(3, requires_grad=True)
y = (x.exp() * 2).sum()
y.backward()
y.backward()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 1
done
