#!/usr/bin/env bash
# Reproduces fastapi/response-validation-error: a FastAPI endpoint returns data that does not match its response_model.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with fastapi and uvicorn installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
from fastapi import FastAPI
from pydantic import BaseModel
class Item(BaseModel):
    id: int
    name: str
app = FastAPI()
@app.get("/items/{item_id}", response_model=Item)
def read_item(item_id: int):
    return {"id": item_id}
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -m uvicorn main:app --port 8796 > server.log 2>&1 & srv=$!; sleep 2; curl -s -i http://127.0.0.1:8796/items/3 | head -n 1; sleep 0.5; kill "$srv"; wait "$srv" 2>/dev/null; grep -v "^INFO" server.log | tail -n 12
done
