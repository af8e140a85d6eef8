#!/usr/bin/env bash
# Pulling or fetching a branch the remote does not have.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
git_sandbox
git init -q --bare remote.git
git clone -q remote.git repo 2>/dev/null && cd repo
echo a > a && git add a && git commit -qm init && git push -q origin main
echo '$ git pull origin master'; git pull origin master
echo '$ git fetch origin feature/missing'; git fetch origin feature/missing
