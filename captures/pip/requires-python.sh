#!/usr/bin/env bash
# Reproduces pip/requires-python: every candidate release needs a newer Python, and a local
# project that declares requires-python the interpreter does not meet.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/python --version
venv/bin/pip install --disable-pip-version-check "django==6.0" 2>&1
mkdir proj
printf '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "inventory-api"\nversion = "0.3.0"\nrequires-python = ">=3.13"\n' > proj/pyproject.toml
venv/bin/pip install --disable-pip-version-check ./proj 2>&1 | grep -v '^ *[-╸━]'
