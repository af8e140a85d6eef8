#!/usr/bin/env bash
# Reproduces tensorflow/oom-when-allocating-tensor on the CPU: a 4 TB tf.zeros makes the CPU
# allocator fail the same way the GPU BFC allocator does when the card is full.
# Needs TensorFlow (pip install tensorflow-cpu): saved_model_cli is its console script, and
# PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires saved_model_cli
enter_work_dir
cat > app.py <<'EOF_FILE'
import tensorflow as tf
print("tensorflow", tf.__version__)
tf.zeros((100000, 100000, 100))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    TF_CPP_MIN_LOG_LEVEL=1 "$py" app.py 2>&1 | grep -E '^tensorflow |OP_REQUIRES failed|ResourceExhaustedError'
done
