#!/usr/bin/env bash
# Adding a remote named origin to a clone, which already has one.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q --bare remote.git
git clone -q remote.git repo 2>/dev/null && cd repo
git remote add origin https://github.com/acme/widgets.git
