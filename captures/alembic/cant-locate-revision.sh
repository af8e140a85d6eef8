#!/usr/bin/env bash
# Reproduces alembic/cant-locate-revision: a database stamped with a revision whose file no longer exists.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Alembic installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
. "$(dirname "$(readlink -f "$0")")/_project.sh"
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    ALEMBIC="$py -m alembic"
    alembic_project
    $ALEMBIC revision -m "create users" --rev-id 1975ea83b712 >/dev/null
    $ALEMBIC upgrade head >/dev/null 2>&1
    rm migrations/versions/1975ea83b712_*.py
    $ALEMBIC upgrade head 2>&1 | tail -n 3
    $ALEMBIC current 2>&1 | tail -n 1
done
