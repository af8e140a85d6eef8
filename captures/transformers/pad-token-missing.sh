#!/usr/bin/env bash
# Reproduces transformers/pad-token-missing: batch-encoding with padding=True through a tokenizer
# that defines no pad token (built locally, like GPT-2 / Llama tokenizers, so nothing is downloaded).
# Needs transformers (pip install transformers): PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
cat > app.py <<'EOF_FILE'
import transformers
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast
print("transformers", transformers.__version__)
core = Tokenizer(models.WordLevel({"[UNK]": 0, "hello": 1, "world": 2}, unk_token="[UNK]"))
core.pre_tokenizer = pre_tokenizers.Whitespace()
tokenizer = PreTrainedTokenizerFast(tokenizer_object=core)
tokenizer(["hello", "hello world"], padding=True)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E '^(transformers |ValueError)'
done
