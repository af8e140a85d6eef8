#!/usr/bin/env bash
# Reproduces pip/ssl-module-not-available: an interpreter whose ssl module cannot be imported
# (simulated by blocking _ssl, as a Python built without OpenSSL headers behaves).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
mkdir block
printf 'import sys\nsys.modules["_ssl"] = None\n' > block/sitecustomize.py
PYTHONPATH="$work/block" venv/bin/pip install --retries 1 --timeout 5 requests 2>&1
