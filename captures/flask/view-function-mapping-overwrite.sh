#!/usr/bin/env bash
# Reproduces flask/view-function-mapping-overwrite: two view functions registered under one endpoint name.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask
app = Flask(__name__)
def login_required(f):
    def wrapper(*a, **kw):
        return f(*a, **kw)
    return wrapper
@app.route("/")
@login_required
def index():
    return "index"
@app.route("/admin")
@login_required
def admin():
    return "admin"
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
done
