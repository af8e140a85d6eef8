#!/usr/bin/env bash
# Reproduces setuptools/invalid-command-bdist-wheel: `python setup.py bdist_wheel` with a
# setuptools older than 70.1 and no `wheel` package installed (the venv bundled with Python 3.11).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv >/dev/null 2>&1
venv/bin/pip install -q --disable-pip-version-check 'setuptools<70' >/dev/null 2>&1
venv/bin/pip uninstall -q -y wheel >/dev/null 2>&1
mkdir -p proj && cd proj || exit 1
printf 'from setuptools import setup\nsetup(name="legacy", version="0.1", py_modules=["legacy"])\n' > setup.py
touch legacy.py
../venv/bin/python setup.py bdist_wheel 2>&1
