#!/usr/bin/env bash
# Reproduces transformers/model-did-not-return-loss: Trainer on a bare BertModel (no task head)
# with batches that carry no labels, so the forward pass returns no loss. The model is a tiny
# randomly initialised config, so nothing is downloaded.
# Needs transformers, torch and accelerate (pip install transformers torch accelerate).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers torchrun
enter_work_dir
cat > app.py <<'EOF_FILE'
import torch
import transformers
from torch.utils.data import Dataset
from transformers import BertConfig, BertModel, Trainer, TrainingArguments
print("transformers", transformers.__version__)

class Texts(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return {"input_ids": torch.tensor([1, 2, 3])}

config = BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=1, num_attention_heads=2, intermediate_size=8)
args = TrainingArguments(output_dir="out", max_steps=1, report_to=[], use_cpu=True)
Trainer(model=BertModel(config), args=args, train_dataset=Texts()).train()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    timeout 300 "$py" app.py 2>&1 | grep -E '^(transformers |ValueError)'
done
