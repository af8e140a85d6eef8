#!/usr/bin/env bash
# git push on a new branch that has no upstream configured.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
git_sandbox
git init -q --bare remote.git
git clone -q remote.git repo 2>/dev/null && cd repo
echo a > a && git add a && git commit -qm init && git push -q origin main
git switch -qc feature/search
echo b > b && git add b && git commit -qm search
echo '$ git push'; git push
echo '$ git pull'; git pull
