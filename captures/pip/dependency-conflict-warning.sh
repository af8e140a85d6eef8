#!/usr/bin/env bash
# Reproduces pip/dependency-conflict-warning: a later install breaks what an earlier one needed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check -q "requests==2.31.0" 2>&1
venv/bin/pip install --disable-pip-version-check -q "urllib3==1.20" 2>&1
venv/bin/pip install --disable-pip-version-check -q "charset-normalizer==1.4.1" 2>&1
