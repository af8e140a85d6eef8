#!/usr/bin/env bash
# Reproduces python/permission-denied: running a file that has no execute bit (fails even as root).
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import subprocess
subprocess.run(["./deploy.sh"])
EOF_FILE
cat > deploy.sh <<'EOF_FILE'
#!/bin/sh
echo deploying
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    chmod -x deploy.sh; "$py" app.py 2>&1
done
