#!/usr/bin/env bash
# Reproduces alembic/multiple-heads: two revisions with the same parent (branches merged), then upgrade head.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Alembic installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
. "$(dirname "$(readlink -f "$0")")/_project.sh"
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    ALEMBIC="$py -m alembic"
    alembic_project
    $ALEMBIC revision -m "base" --rev-id ae1027a6acf0 >/dev/null
    $ALEMBIC revision -m "add email" --rev-id 27c6a30d7c24 --head ae1027a6acf0 >/dev/null
    $ALEMBIC revision -m "add phone" --rev-id 3cf5a1b2d9e4 --head ae1027a6acf0 --splice >/dev/null
    $ALEMBIC upgrade head 2>&1 | tail -n 2
    $ALEMBIC revision -m "next" 2>&1 | tail -n 1
    "$py" -c "from alembic.config import Config; from alembic import command; command.upgrade(Config(\"alembic.ini\"), \"head\")" 2>&1 | tail -n 1
done
