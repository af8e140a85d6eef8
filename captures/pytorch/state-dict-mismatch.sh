#!/usr/bin/env bash
# Reproduces pytorch/state-dict-mismatch: loading a checkpoint saved from DataParallel (module. prefix) and from a different architecture.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with torch installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import torch
class Net(torch.nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.fc = torch.nn.Linear(8, hidden)
        self.out = torch.nn.Linear(hidden, 2)
saved = {"module." + k: v for k, v in Net().state_dict().items()}
try:
    Net().load_state_dict(saved)
except RuntimeError as exc:
    print("RuntimeError:", exc)
Net().load_state_dict(Net(hidden=32).state_dict())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | grep -v "^  "
done
