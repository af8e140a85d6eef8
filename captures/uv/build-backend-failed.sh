#!/usr/bin/env bash
# Reproduces uv/build-backend-failed: uv installs a source distribution whose build (setup.py under
# setuptools' legacy backend) fails.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
mkdir -p bad
printf 'from setuptools import setup\nraise SystemExit("this package cannot be built here (simulated build failure)")\n' > bad/setup.py
uv venv -q venv 2>&1
VIRTUAL_ENV=$work/venv uv pip install ./bad 2>&1
