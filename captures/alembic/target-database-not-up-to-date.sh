#!/usr/bin/env bash
# Reproduces alembic/target-database-not-up-to-date: autogenerating a revision while the database is behind the newest one.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Alembic installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
. "$(dirname "$(readlink -f "$0")")/_project.sh"
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    ALEMBIC="$py -m alembic"
    alembic_project
    $ALEMBIC revision -m "create users" >/dev/null
    $ALEMBIC revision --autogenerate -m "next" 2>&1 | tail -n 2
done
