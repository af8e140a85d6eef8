#!/usr/bin/env bash
# Reproduces python/wrong-number-of-arguments: calling functions with too many or too few arguments.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
def send(to, body):
    pass
try:
    send('a', 'b', 'c')
except TypeError as e:
    print('TypeError:', e)
try:
    send('a')
except TypeError as e:
    print('TypeError:', e)
class Client:
    def __init__(self, host, port):
        pass
Client('db')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | grep "^TypeError"
done
