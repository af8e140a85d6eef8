#!/usr/bin/env bash
# Reproduces uvicorn/error-loading-asgi-app: uvicorn pointed at a module or attribute that does not exist.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with uvicorn and fastapi installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
from fastapi import FastAPI
api = FastAPI()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -m uvicorn main:app 2>&1 | head -n 3; "$py" -m uvicorn mian:app 2>&1 | head -n 3; "$py" -m uvicorn main 2>&1 | head -n 3; (cd /tmp && "$py" -m uvicorn app.main:app 2>&1 | head -n 3)
done
