#!/usr/bin/env bash
# Pushing a branch that does not exist locally (empty repo, or master vs main).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q --bare remote.git
git init -q repo && cd repo && git remote add origin ../remote.git
echo '$ git push -u origin main   # nothing committed yet'; git push -u origin main
echo a > a && git add a && git commit -qm init
echo '$ git push origin master'; git push origin master
