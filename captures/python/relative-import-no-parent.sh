#!/usr/bin/env bash
# Reproduces python/relative-import-no-parent: running a package module directly as a script.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
mkdir -p "pkg"
cat > pkg/__init__.py <<'EOF_FILE'

EOF_FILE
mkdir -p "pkg"
cat > pkg/helpers.py <<'EOF_FILE'
def slugify(s):
    return s
EOF_FILE
mkdir -p "pkg"
cat > pkg/main.py <<'EOF_FILE'
from .helpers import slugify
print(slugify('x'))
EOF_FILE
cat > app.py <<'EOF_FILE'
from ..utils import x
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" pkg/main.py 2>&1; "$py" -m pkg.main 2>&1
done
