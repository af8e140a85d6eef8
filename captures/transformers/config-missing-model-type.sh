#!/usr/bin/env bash
# Reproduces transformers/config-missing-model-type: AutoConfig on a local folder whose
# config.json has no model_type (an adapter or non-transformers checkpoint), and on a folder
# without any config.json.
# Needs transformers (pip install transformers): PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
mkdir checkpoint empty
echo '{"hidden_size": 768, "num_layers": 12}' > checkpoint/config.json
cat > app.py <<'EOF_FILE'
import transformers
from transformers import AutoConfig
print("transformers", transformers.__version__)
for path in ("./checkpoint", "./empty"):
    try:
        AutoConfig.from_pretrained(path)
    except ValueError as e:
        print(f"ValueError: {str(e)[:160]}")
EOF_FILE
export HF_HUB_OFFLINE=1 HF_HOME="$work/hf-home"
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E '^(transformers |ValueError)'
done
