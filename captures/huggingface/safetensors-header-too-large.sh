#!/usr/bin/env bash
# Reproduces huggingface/safetensors-header-too-large: loading a "model.safetensors" that is really
# a Git LFS pointer file (what a clone without git-lfs leaves behind), then a truncated 4-byte file.
# Needs safetensors, which transformers depends on (pip install transformers).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
printf 'version https://git-lfs.github.com/spec/v1\noid sha256:4a1b2c3d\nsize 548105171\n' > model.safetensors
head -c 4 /dev/zero > truncated.safetensors
cat > app.py <<'EOF_FILE'
import safetensors
from safetensors.numpy import load_file
print("safetensors", safetensors.__version__)
for path in ("model.safetensors", "truncated.safetensors"):
    try:
        load_file(path)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1
done
