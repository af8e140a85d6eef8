#!/usr/bin/env bash
# Reproduces python/no-module-distutils: code (or an old setup.py) importing distutils on Python
# 3.12+, where the standard library no longer has it and no setuptools is installed.
# PYTHONS lists the interpreters to try (default: python3.12 python3.13 python3); those older than
# 3.12 still have distutils and are skipped. Captured with Python 3.12 and 3.13 in fresh venvs
# (which have no setuptools).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > setup.py <<'EOF_FILE'
from distutils.core import setup
setup(name="legacy", version="0.1")
EOF_FILE
cat > app.py <<'EOF_FILE'
from distutils.version import LooseVersion
print(LooseVersion("1.2"))
EOF_FILE
ran=0
for py in ${PYTHONS:-python3.12 python3.13 python3}; do
    "$py" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 || continue
    ran=1
    "$py" -m venv "venv-$(basename "$py")" >/dev/null 2>&1 || continue
    vpy="venv-$(basename "$py")/bin/python"
    python_banner "$vpy"
    "$vpy" setup.py --version 2>&1
    "$vpy" app.py 2>&1
done
if [ "$ran" = 0 ]; then echo "skipped: no Python 3.12 or newer"; exit "$CAPTURE_SKIPPED"; fi
