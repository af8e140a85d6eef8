#!/usr/bin/env bash
# Reproduces uvicorn/address-already-in-use: uvicorn starts on a port another process already listens on.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with uvicorn installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.py <<'EOF_FILE'
async def app(scope, receive, send):
    pass
EOF_FILE
cat > holder.py <<'EOF_FILE'
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen()
time.sleep(4)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" holder.py 8795 & holder=$!; sleep 0.5; "$py" -m uvicorn main:app --port 8795 2>&1; kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
done
