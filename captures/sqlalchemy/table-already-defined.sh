#!/usr/bin/env bash
# Reproduces sqlalchemy/table-already-defined: a model class defined twice on one MetaData (module imported twice, notebook cell re-run).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from sqlalchemy import Column, Integer
from sqlalchemy.orm import DeclarativeBase
class Base(DeclarativeBase): pass
for _ in range(2):
    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
