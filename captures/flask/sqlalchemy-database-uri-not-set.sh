#!/usr/bin/env bash
# Reproduces flask/sqlalchemy-database-uri-not-set: Flask-SQLAlchemy 3 initialised before SQLALCHEMY_DATABASE_URI is configured.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask-SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
app = Flask(__name__)
db = SQLAlchemy(app)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 2
done
