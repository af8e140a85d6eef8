#!/usr/bin/env bash
# Reproduces fastapi/field-required-422: a request body missing a required field.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with FastAPI and httpx installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
app = FastAPI()
class Item(BaseModel):
    name: str
    price: float
@app.post("/items/")
def create(item: Item):
    return item
c = TestClient(app)
r = c.post("/items/", json={"price": 3})
print(r.status_code, r.reason_phrase)
print(r.text)
r = c.post("/items/", data="name=x")
print(r.status_code, r.text)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 6
done
