#!/usr/bin/env bash
# Reproduces setuptools/pkg-resources-deprecated: importing pkg_resources under setuptools 80.9,
# the last releases that still ship it and warn about its removal.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv 'setuptools==80.9.0'
printf 'import pkg_resources\nprint(pkg_resources.get_distribution("pip").version)\n' > app.py
python -W default app.py 2>&1
python -W default -c 'import pkg_resources' 2>&1
