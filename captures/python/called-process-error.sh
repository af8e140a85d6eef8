#!/usr/bin/env bash
# Reproduces python/called-process-error: subprocess.run(check=True) on a failing command.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import subprocess
subprocess.run(['ls', '/nonexistent-dir'], check=True)
EOF_FILE
cat > b.py <<'EOF_FILE'
import subprocess
subprocess.check_output('exit 3', shell=True)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 2; "$py" b.py 2>&1 | tail -n 1
done
