#!/usr/bin/env bash
# Reproduces pydantic/basesettings-moved: importing BaseSettings from pydantic under pydantic 2.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with pydantic 2 installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > main.py <<'EOF_FILE'
from pydantic import BaseSettings
class Settings(BaseSettings):
    database_url: str = "sqlite://"
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" main.py 2>&1 | tail -n 6
done
