#!/usr/bin/env bash
# Reproduces huggingface/peft-target-modules-not-found: a LoRA config naming Llama-style modules
# (q_proj, v_proj) applied to a BERT model, whose attention layers are called query / value.
# The model is a tiny random BertConfig, so nothing is downloaded.
# Needs transformers, torch and peft (pip install transformers torch peft); without peft the
# script reports SKIPPED (exit 77).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers torchrun
enter_work_dir
for py in ${PYTHONS:-python3}; do
    "$py" -c "import peft" 2>/dev/null || { echo "skipped: peft not installed"; exit "$CAPTURE_SKIPPED"; }
done
cat > app.py <<'EOF_FILE'
import peft
from peft import LoraConfig, get_peft_model
from transformers import BertConfig, BertModel
print("peft", peft.__version__)
config = BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=1, num_attention_heads=2, intermediate_size=8)
get_peft_model(BertModel(config), LoraConfig(target_modules=["q_proj", "v_proj"]))
EOF_FILE
export PYTHONHASHSEED=0
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    timeout 300 "$py" app.py 2>&1 | grep -E '^peft |Target modules'
done
