#!/usr/bin/env bash
# git push in a repository with no remote configured.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a && git add a && git commit -qm init
git push
