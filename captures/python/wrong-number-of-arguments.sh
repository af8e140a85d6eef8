#!/usr/bin/env bash
# Reproduces python/wrong-number-of-arguments: calling functions with too many or too few arguments.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
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
    python_banner "$py"
    "$py" app.py 2>&1 | grep "^TypeError"
done
