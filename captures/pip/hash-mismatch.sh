#!/usr/bin/env bash
# Reproduces pip/hash-mismatch: a requirements file pinned with a hash that the downloaded
# file does not have, and hash-checking mode with an unhashed dependency.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
printf 'six==1.16.0 --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n' > requirements.txt
venv/bin/pip install --disable-pip-version-check --no-cache-dir -r requirements.txt 2>&1 | grep -v '^ *[-╸━]'
printf 'requests==2.31.0 --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f\n' > req2.txt
venv/bin/pip install --disable-pip-version-check --no-cache-dir -r req2.txt 2>&1 | grep -v '^ *[-╸━]'
