#!/usr/bin/env bash
# Reproduces pip/permission-denied-oserror: installing into a virtualenv that belongs to
# another user (root), run as the unprivileged user "nobody".
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3
# Needs root (to switch to the unprivileged user) and Debian's python3 with python3-pip.
if [ "$(id -u)" -ne 0 ]; then echo 'run as root: the capture switches to user nobody' >&2; exit 2; fi
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
pip_sandbox
chmod 755 "$work"   # the unprivileged user must reach it
/usr/bin/python3 -m venv venv
chmod -R a+rX venv
su nobody -s /bin/sh -c "cd '$work' && HOME=/tmp PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 venv/bin/pip install six" 2>&1 | grep -v '^ *[-╸━]'
