#!/usr/bin/env bash
# Reproduces python/called-process-error: subprocess.run(check=True) on a failing command.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import subprocess
subprocess.run(['ls', '/nonexistent-dir'], check=True)
EOF_FILE
cat > b.py <<'EOF_FILE'
import subprocess
subprocess.check_output('exit 3', shell=True)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 2; "$py" b.py 2>&1 | tail -n 1
done
