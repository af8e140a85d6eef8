#!/usr/bin/env bash
# Reproduces setuptools/pkg-resources-removed: code importing pkg_resources under a setuptools
# release that no longer ships it, and under the last releases that warn about it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv 'setuptools>=82'
printf 'import pkg_resources\nprint(pkg_resources.get_distribution("pip").version)\n' > app.py
python app.py 2>&1
pip install -q --disable-pip-version-check 'setuptools==80.9.0' >/dev/null 2>&1
python -W default app.py 2>&1
