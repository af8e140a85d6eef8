#!/usr/bin/env bash
# Reproduces alembic/no-config-file: alembic run from a folder without alembic.ini, and with an
# alembic.ini whose script_location folder does not exist.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Alembic installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    mkdir -p elsewhere && (cd elsewhere && "$py" -m alembic upgrade head 2>&1 | tail -n 1)
    printf '[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///app.db\n' > alembic.ini
    "$py" -m alembic upgrade head 2>&1 | tail -n 1
done
