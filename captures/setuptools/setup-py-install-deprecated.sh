#!/usr/bin/env bash
# Reproduces setuptools/setup-py-install-deprecated: `python setup.py install` (and develop) run
# directly, with an older setuptools (short warning) and a current one (boxed warning).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv 'setuptools<66'
mkdir -p proj && cd proj || exit 1
printf 'from setuptools import setup\nsetup(name="legacy", version="0.1", py_modules=["legacy"])\n' > setup.py
touch legacy.py
python setup.py -q install 2>&1 | grep -i -A1 'deprecat'
pip install -q --disable-pip-version-check -U 'setuptools>=75' >/dev/null 2>&1
python setup.py -q install 2>&1 | grep -v '^DEPRECATION: Loading egg' | head -14
