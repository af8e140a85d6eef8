#!/usr/bin/env bash
# Reproduces huggingface/couldnt-connect-to-hub: from_pretrained of a Hub id that is not in the
# cache while the Hub cannot be reached. HF_HUB_OFFLINE=1 stands in for a machine without network,
# so the capture sends no request anywhere.
# Needs transformers (pip install transformers); PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
cat > app.py <<'EOF_FILE'
from transformers import AutoConfig, AutoTokenizer
for load in (lambda: AutoConfig.from_pretrained("bert-base-uncased"),
             lambda: AutoTokenizer.from_pretrained("google-bert/bert-base-uncased")):
    try:
        load()
    except OSError as e:
        print(f"OSError: {e}")
EOF_FILE
export HF_HUB_OFFLINE=1 HF_HOME="$work/hf-home"
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import transformers; print('transformers', transformers.__version__)"
    "$py" app.py 2>&1
done
