#!/usr/bin/env bash
# Reproduces sqlalchemy/queuepool-limit: more concurrent connections checked out than pool_size + max_overflow.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import tempfile, os
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + os.path.join(tempfile.mkdtemp(), "x.db"), pool_size=5, max_overflow=10, pool_timeout=1)
held = [engine.connect() for _ in range(15)]
engine.connect()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4
done
