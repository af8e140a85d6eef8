#!/usr/bin/env bash
# Reproduces flask/could-not-locate-app: `flask run` in a folder without app.py/wsgi.py and without --app,
# then with --app naming a module that cannot be imported.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Flask installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
echo 'from flask import Flask' > server.py
echo 'application = Flask(__name__)' >> server.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m flask run 2>&1 | tail -n 3
    "$py" -m flask --app myapp run 2>&1 | tail -n 2
done
