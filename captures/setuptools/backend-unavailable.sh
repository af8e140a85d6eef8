#!/usr/bin/env bash
# Reproduces setuptools/backend-unavailable: a build with --no-build-isolation in an environment
# without setuptools (Python 3.12+ venvs have none), with the pip bundled with Python 3.11 and with
# the latest pip, and with `python -m build --no-isolation`.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
python3 -m venv old >/dev/null 2>&1
old/bin/pip uninstall -q -y setuptools >/dev/null 2>&1
tool_venv build 'pip>=25'
pip uninstall -q -y setuptools >/dev/null 2>&1
mkdir -p proj && cd proj || exit 1
printf '[project]\nname = "proj"\nversion = "0.1.0"\n[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n' > pyproject.toml
mkdir -p proj && touch proj/__init__.py
../old/bin/pip install --disable-pip-version-check --no-build-isolation . 2>&1 | grep -E 'BackendUnavailable|^ModuleNotFoundError'
pip install --disable-pip-version-check --no-build-isolation . 2>&1
python -m build --no-isolation --wheel . 2>&1 | tail -3
