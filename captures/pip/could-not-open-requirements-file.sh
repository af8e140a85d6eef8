#!/usr/bin/env bash
# Reproduces pip/could-not-open-requirements-file: -r names a file that is not there.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check -r requirements.txt 2>&1
venv/bin/pip install --disable-pip-version-check -r requirements/dev.txt 2>&1
printf -- '-r base.txt\npytest\n' > test.txt
venv/bin/pip install --disable-pip-version-check -r test.txt 2>&1
