#!/usr/bin/env bash
# Reproduces sqlalchemy/cant-load-plugin-postgres: a postgres:// database URL (Heroku style) that SQLAlchemy 1.4+ no longer accepts.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from sqlalchemy import create_engine
create_engine("postgres://app:secret@localhost:5432/appdb")
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
done
