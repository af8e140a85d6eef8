#!/usr/bin/env bash
# Reproduces pip/no-matching-distribution: a name that is not on the index and a version
# that does not exist.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check fastapi-users-sqlalchemyx-nonexistent 2>&1
venv/bin/pip install --disable-pip-version-check "click==0.1" 2>&1
venv/bin/pip install --disable-pip-version-check -q -U pip >/dev/null 2>&1
venv/bin/pip --version
venv/bin/pip install --disable-pip-version-check torchx-nonexistent==2.1.0 2>&1
