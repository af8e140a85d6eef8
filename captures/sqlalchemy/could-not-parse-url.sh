#!/usr/bin/env bash
# Reproduces sqlalchemy/could-not-parse-url: create_engine() with a string that is not a database URL (an unset variable, a bare host name).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import os
from sqlalchemy import create_engine
create_engine(os.environ.get("DATABASE_URL", "localhost:5432/appdb"))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 2
done
