#!/usr/bin/env bash
# Merging a branch whose history shares no commit with the current one.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q --bare remote.git
git init -q other && ( cd other && echo readme > README.md && git add . && git commit -qm 'Initial commit' && git push -q ../remote.git main )
git init -q repo && cd repo
echo code > app.py && git add . && git commit -qm 'first'
git remote add origin ../remote.git
git pull --no-rebase origin main
git merge origin/main
