#!/usr/bin/env bash
# Reproduces transformers/unrecognized-model-type: a local checkpoint whose config.json names a
# model_type this transformers release does not know (as a checkpoint newer than the library does).
# Needs transformers (pip install transformers): PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
mkdir new-model
echo '{"model_type": "qwen9_moe", "architectures": ["Qwen9MoeForCausalLM"]}' > new-model/config.json
cat > app.py <<'EOF_FILE'
import transformers
from transformers import AutoConfig
print("transformers", transformers.__version__)
AutoConfig.from_pretrained("./new-model")
EOF_FILE
export HF_HUB_OFFLINE=1 HF_HOME="$work/hf-home"
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | sed -n '/^transformers /p; /^ValueError/,$p'
done
