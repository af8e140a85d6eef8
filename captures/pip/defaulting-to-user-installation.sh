#!/usr/bin/env bash
# Reproduces pip/defaulting-to-user-installation: a non-root user runs pip against an
# interpreter whose site-packages belongs to root (Debian's python3 with the PEP 668 check
# overridden, run as the unprivileged user "nobody").
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3
# Needs root (to switch to the unprivileged user) and Debian's python3 with python3-pip.
if [ "$(id -u)" -ne 0 ]; then echo 'run as root: the capture switches to user nobody' >&2; exit 2; fi
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
pip_sandbox
chmod 755 "$work"   # the unprivileged user must reach it
mkdir home && chown nobody home
su nobody -s /bin/sh -c "cd '$work' && HOME='$work/home' PIP_CONFIG_FILE=/dev/null PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1 /usr/bin/python3 -m pip install humanize" 2>&1 | grep -v '^ *[-╸━]'
su nobody -s /bin/sh -c "cd '$work' && HOME='$work/home' PIP_CONFIG_FILE=/dev/null PIP_BREAK_SYSTEM_PACKAGES=1 /usr/bin/python3 -m pip install --no-user humanize" 2>&1
