#!/usr/bin/env bash
# Pushing/pulling a remote name that is not configured, or a path that is not a repository.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a && git add a && git commit -qm init
echo '$ git push -u origin main'; git push -u origin main
echo '$ git pull upstream main'; git pull upstream main
echo '$ git fetch ../not-a-repo'; mkdir ../not-a-repo; git fetch ../not-a-repo
