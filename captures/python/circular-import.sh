#!/usr/bin/env bash
# Reproduces python/circular-import: two modules import each other, and a local random.py shadows the standard library.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import models
EOF_FILE
cat > models.py <<'EOF_FILE'
from services import notify
class User:
    pass
EOF_FILE
cat > services.py <<'EOF_FILE'
from models import User
def notify():
    pass
EOF_FILE
mkdir -p "shadow"
cat > shadow/random.py <<'EOF_FILE'
from random import randint
print(randint(1, 6))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1; (cd shadow && "$py" random.py 2>&1)
done
