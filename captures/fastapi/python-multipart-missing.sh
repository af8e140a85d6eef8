#!/usr/bin/env bash
# Reproduces fastapi/python-multipart-missing: a FastAPI route with Form/File parameters without python-multipart installed.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with fastapi but WITHOUT python-multipart.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
from fastapi import FastAPI, Form
app = FastAPI()
@app.post("/login")
def login(username: str = Form(...)):
    return {"user": username}
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import fastapi; print('fastapi', fastapi.__version__)"; "$py" main.py 2>&1 | tail -n 12
done
