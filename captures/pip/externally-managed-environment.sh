#!/usr/bin/env bash
# Reproduces pip/externally-managed-environment with Debian's python3 (python3-pip installed),
# whose stdlib directory carries the PEP 668 EXTERNALLY-MANAGED marker.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
/usr/bin/python3 -m pip install requests 2>&1
/usr/bin/python3 -m pip install --user "uvicorn[standard]" 2>&1 | tail -4
