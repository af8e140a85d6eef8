#!/usr/bin/env bash
# Reproduces pip/git-not-found: a VCS requirement (git+https://...) on a machine whose PATH
# has no git.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
mkdir bin
env PATH="$work/bin" "$work/venv/bin/python" -m pip install --disable-pip-version-check "git+https://github.com/psf/requests.git@v2.31.0" 2>&1
env PATH="$work/bin" "$work/venv/bin/python" -m pip install --disable-pip-version-check "mylib @ git+ssh://git@github.com/acme/mylib.git@main" 2>&1
