#!/usr/bin/env bash
# Reproduces python/address-already-in-use: a second server binds a port that is already taken.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > holder.py <<'EOF_FILE'
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen()
time.sleep(3)
EOF_FILE
cat > app.py <<'EOF_FILE'
from flask import Flask
app = Flask(__name__)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" holder.py 8791 & holder=$!; sleep 0.5; "$py" -m http.server 8791 --bind 127.0.0.1 2>&1 | tail -n 4; kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
    # Werkzeug's development server words it its own way (only where Flask is installed).
    if "$py" -c "import flask" 2>/dev/null; then
        "$py" holder.py 8791 & holder=$!; sleep 0.5
        timeout 10 "$py" -m flask --app app run --port 8791 2>&1
        kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
    fi
done
