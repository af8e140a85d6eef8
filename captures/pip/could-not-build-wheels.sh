#!/usr/bin/env bash
# Reproduces pip/could-not-build-wheels: a project whose C extension fails to compile, with
# the pip bundled with Python 3.11 and with the newest pip (the summary line changed in 24.x).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
mkdir fastjson
printf '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "fastjson"\nversion = "1.0.0"\n' > fastjson/pyproject.toml
printf 'from setuptools import setup, Extension\nsetup(ext_modules=[Extension("fastjson._speedups", ["_speedups.c"])])\n' > fastjson/setup.py
printf '#error "fastjson needs the simdjson sources; run scripts/fetch.sh first"\n' > fastjson/_speedups.c
python3 -m venv old
old/bin/pip --version
old/bin/pip install ./fastjson 2>&1
python3 -m venv new
new/bin/pip install -q -U pip >/dev/null 2>&1
new/bin/pip --version
new/bin/pip install ./fastjson 2>&1
