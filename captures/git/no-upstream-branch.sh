#!/usr/bin/env bash
# git push on a new branch that has no upstream configured.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
clone_of_remote
git switch -qc feature/search
echo b > b && git add b && git commit -qm search
echo '$ git push'; git push
echo '$ git pull'; git pull
