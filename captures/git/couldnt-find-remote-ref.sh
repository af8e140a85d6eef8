#!/usr/bin/env bash
# Pulling or fetching a branch the remote does not have.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
clone_of_remote
echo '$ git pull origin master'; git pull origin master
echo '$ git fetch origin feature/missing'; git fetch origin feature/missing
