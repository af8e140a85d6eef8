#!/usr/bin/env bash
# Reproduces python/module-not-found: importing packages that are not installed in the running interpreter.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 2.7, 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import requests
EOF_FILE
cat > cv.py <<'EOF_FILE'
import cv2
EOF_FILE
cat > sk.py <<'EOF_FILE'
from sklearn.ensemble import RandomForestClassifier
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; "$py" cv.py 2>&1; "$py" sk.py 2>&1
done
