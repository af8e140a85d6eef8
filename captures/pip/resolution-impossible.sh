#!/usr/bin/env bash
# Reproduces pip/resolution-impossible: two direct requirements whose dependencies conflict.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check --dry-run "requests==2.31.0" "urllib3==1.20" 2>&1
printf "fastapi==0.110.0\nstarlette==0.27.0\n" > requirements.txt
venv/bin/pip install --disable-pip-version-check --dry-run -r requirements.txt 2>&1
