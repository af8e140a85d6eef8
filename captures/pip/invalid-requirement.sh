#!/usr/bin/env bash
# Reproduces pip/invalid-requirement: requirement strings that are not PEP 508.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check "requests=2.31.0" 2>&1
printf 'flask>=2.0,\nnumpy 1.26\n' > requirements.txt
venv/bin/pip install --disable-pip-version-check -r requirements.txt 2>&1
