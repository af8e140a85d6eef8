#!/usr/bin/env bash
# Reproduces python/circular-import: two modules import each other, and a local random.py shadows the standard library.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
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
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1; (cd shadow && "$py" random.py 2>&1)
done
