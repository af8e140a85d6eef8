#!/usr/bin/env bash
# Reproduces flask/session-no-secret-key: writing to the session when SECRET_KEY is not set.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask, session
app = Flask(__name__)
@app.route("/")
def index():
    session["user"] = "ann"
    return "ok"
app.testing = True
app.test_client().get("/")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
done
