#!/usr/bin/env bash
# Reproduces python/module-not-found: importing packages that are not installed in the running interpreter.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import requests
EOF_FILE
cat > cv.py <<'EOF_FILE'
import cv2
EOF_FILE
cat > sk.py <<'EOF_FILE'
from sklearn.ensemble import RandomForestClassifier
EOF_FILE
run_each_python app.py cv.py sk.py
