#!/usr/bin/env bash
# Reproduces flask/build-error: url_for() with an endpoint name that no route has.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask, url_for
app = Flask(__name__)
@app.route("/posts/<int:post_id>")
def show_post(post_id):
    return "post"
with app.test_request_context():
    print(url_for("show_post"))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
done
