#!/usr/bin/env bash
# Reproduces setuptools/package-directory-does-not-exist: packages / package_dir that name a
# directory missing from the source tree (a src layout not declared, a subpackage listed that
# does not exist).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv build
mkdir -p proj/src/mylib && cd proj || exit 1
touch src/mylib/__init__.py
printf '[project]\nname = "mylib"\nversion = "0.1.0"\n[tool.setuptools]\npackages = ["mylib"]\n[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n' > pyproject.toml
python -m build --wheel . 2>&1 | grep -E "error|ERROR" | head -5
printf 'from setuptools import setup\nsetup(name="mylib", version="0.1", packages=["mylib", "mylib.utils"], package_dir={"": "src"})\n' > setup.py
rm pyproject.toml
pip install --disable-pip-version-check . 2>&1 | grep -B7 -A1 'error: package directory' | head -12
