#!/usr/bin/env bash
# Merging or pulling again while an earlier merge is unfinished: conflicts still unresolved, then
# resolved and staged but not committed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
printf 'v1\n' > f && git add f && git commit -qm init
git checkout -qb other && printf 'v2\n' > f && git commit -qam other && git checkout -q main
printf 'v3\n' > f && git commit -qam main
git merge other >/dev/null 2>&1
echo '$ git merge other'; git merge other
echo '$ git pull . other'; git pull --no-rebase . other
echo '$ git checkout other'; git checkout other
printf 'v2\n' > f && git add f   # conflict resolved and staged, but not committed
echo '$ git merge other   # after git add, before commit'; git merge other
echo '$ git pull . other'; git pull --no-rebase . other
