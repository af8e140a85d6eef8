#!/usr/bin/env bash
# Reproduces sqlalchemy/no-referenced-table: a ForeignKey naming a table that is not on the same MetaData.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from sqlalchemy import Column, Integer, ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase
class Base(DeclarativeBase): pass
class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("user.id"))
Base.metadata.create_all(create_engine("sqlite://"))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 1
done
