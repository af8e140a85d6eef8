#!/usr/bin/env bash
# Reproduces transformers/trust-remote-code-required: a local model folder whose config.json
# maps AutoConfig to its own Python file, loaded without trust_remote_code (offline, no prompt).
# Needs transformers (pip install transformers): PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires transformers
enter_work_dir
mkdir custom-model
cat > custom-model/config.json <<'EOF_FILE'
{"model_type": "mymodel", "auto_map": {"AutoConfig": "configuration_my.MyConfig"}}
EOF_FILE
cat > custom-model/configuration_my.py <<'EOF_FILE'
from transformers import PretrainedConfig

class MyConfig(PretrainedConfig):
    model_type = "mymodel"
EOF_FILE
cat > app.py <<'EOF_FILE'
import transformers
from transformers import AutoConfig
print("transformers", transformers.__version__)
AutoConfig.from_pretrained("./custom-model")
EOF_FILE
export HF_HUB_OFFLINE=1 HF_HOME="$work/hf-home"
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py </dev/null 2>&1 | sed -n '/^transformers /p; /^ValueError/,$p'
done
