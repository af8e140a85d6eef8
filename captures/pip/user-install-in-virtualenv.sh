#!/usr/bin/env bash
# Reproduces pip/user-install-in-virtualenv: --user inside a virtualenv.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check --user six 2>&1
PIP_USER=1 venv/bin/pip install --disable-pip-version-check six 2>&1
