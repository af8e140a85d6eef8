#!/usr/bin/env bash
# Reproduces sqlalchemy/pending-rollback: using a session again after a failed flush without rollback().
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with SQLAlchemy installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
from sqlalchemy import create_engine, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = Session(engine)
s.add(User(name="a")); s.commit()
try:
    s.add(User(name="a")); s.commit()
except Exception as e:
    print("first:", type(e).__name__)
s.query(User).all()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 6
done
