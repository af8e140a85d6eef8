#!/usr/bin/env bash
# Reproduces setuptools/multiple-top-level-packages: a flat-layout project with two importable
# directories next to each other and no explicit package list, installed and built.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv build
mkdir -p proj/myapp proj/tests && cd proj || exit 1
touch myapp/__init__.py tests/__init__.py
mkdir -p migrations && touch migrations/__init__.py
printf '[project]\nname = "myapp"\nversion = "0.1.0"\n[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n' > pyproject.toml
pip install --disable-pip-version-check . 2>&1
python -m build --sdist . 2>&1 | tail -20
