#!/usr/bin/env bash
# Reproduces tensorflow/failed-to-convert-numpy-to-tensor: a ragged list of rows becomes a NumPy
# object array, which TensorFlow cannot turn into a tensor.
# Needs TensorFlow (pip install tensorflow-cpu): saved_model_cli is its console script, and
# PYTHONS must point at interpreters that have it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires saved_model_cli
enter_work_dir
cat > app.py <<'EOF_FILE'
import numpy as np
import tensorflow as tf
print("tensorflow", tf.__version__)
for rows in ([[1.0], [1.0, 2.0]], [1.5, "2.5"]):
    try:
        tf.convert_to_tensor(np.array(rows, dtype=object))
    except ValueError as e:
        print(f"ValueError: {e}")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    TF_CPP_MIN_LOG_LEVEL=2 "$py" app.py 2>&1 | grep -E '^(tensorflow |ValueError)'
done
