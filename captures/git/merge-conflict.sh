#!/usr/bin/env bash
# Two branches change the same line; merging them conflicts.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
printf 'port = 8000\n' > settings.py && git add settings.py && git commit -qm init
git checkout -qb feature
printf 'port = 9000\n' > settings.py && git commit -qam 'feature port'
git checkout -q main
printf 'port = 8080\n' > settings.py && git commit -qam 'main port'
git merge feature
git merge --abort
git pull --no-rebase . feature
