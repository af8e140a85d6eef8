#!/usr/bin/env bash
# Reproduces pip/externally-managed-environment with Debian's python3 (python3-pip installed),
# whose stdlib directory carries the PEP 668 EXTERNALLY-MANAGED marker.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
/usr/bin/python3 -m pip install requests 2>&1
/usr/bin/python3 -m pip install --user "uvicorn[standard]" 2>&1 | tail -4
