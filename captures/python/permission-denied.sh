#!/usr/bin/env bash
# Reproduces python/permission-denied: running a file that has no execute bit (fails even as root).
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import subprocess
subprocess.run(["./deploy.sh"])
EOF_FILE
cat > deploy.sh <<'EOF_FILE'
#!/bin/sh
echo deploying
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    chmod -x deploy.sh; "$py" app.py 2>&1
done
