#!/usr/bin/env bash
# Reproduces flask/view-did-not-return-valid-response: a view that returns None (a missing return).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask, request
app = Flask(__name__)
@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        return "welcome"
app.test_client().get("/login")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
