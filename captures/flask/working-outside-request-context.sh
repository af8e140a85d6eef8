#!/usr/bin/env bash
# Reproduces flask/working-outside-request-context: reading request outside a request.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask, request
app = Flask(__name__)
print(request.args.get("q"))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 8
done
