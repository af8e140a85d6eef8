#!/usr/bin/env bash
# Reproduces alembic/autogenerate-no-metadata: revision --autogenerate with the generated env.py's
# target_metadata = None.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Alembic installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
. "$(dirname "$(readlink -f "$0")")/_project.sh"
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    ALEMBIC="$py -m alembic"
    alembic_project
    $ALEMBIC revision --autogenerate -m "initial" 2>&1 | tail -n 2
    "$py" -c "from alembic.config import Config; from alembic import command; command.revision(Config(\"alembic.ini\"), autogenerate=True, message=\"initial\")" 2>&1 | tail -n 1
done
