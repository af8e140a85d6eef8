#!/usr/bin/env bash
# Reproduces tensorflow/label-outside-valid-range: Keras fit with sparse_categorical_crossentropy
# on 3 classes and a label 5 fails inside the compiled train step.
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
model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(3)])
model.compile(loss="sparse_categorical_crossentropy", optimizer="sgd")
model.fit(np.ones((8, 4)), np.array([0, 1, 2, 5, 1, 1, 1, 1]), epochs=1, verbose=0)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    TF_CPP_MIN_LOG_LEVEL=1 "$py" app.py 2>&1 | sed -n '/^tensorflow /p; /OP_REQUIRES failed/p; /InvalidArgumentError/,/^$/p; /^Detected at node/,/app.py/p; /^Received a label/,$p'
done
