#!/usr/bin/env bash
# Reproduces tensorflow/graph-execution-error: an out-of-range tf.gather inside a tf.function
# fails as a graph op, so the error is headed "Graph execution error:" with the defining stack.
# Needs TensorFlow (pip install tensorflow-cpu): saved_model_cli is its console script, and
# PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires saved_model_cli
enter_work_dir
cat > app.py <<'EOF_FILE'
import tensorflow as tf
print("tensorflow", tf.__version__)
@tf.function
def pick(x, i):
    return tf.gather(x, i)
pick(tf.constant([1.0, 2.0, 3.0]), tf.constant([10]))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    TF_CPP_MIN_LOG_LEVEL=1 "$py" app.py 2>&1 | sed -n '/^tensorflow /p; /Graph execution error:/,/Op:__inference/p'
done
