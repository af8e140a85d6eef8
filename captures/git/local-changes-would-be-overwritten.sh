#!/usr/bin/env bash
# Switching branches and pulling while a tracked file has uncommitted edits the other side also changed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q --bare remote.git
git clone -q remote.git repo 2>/dev/null && cd repo
printf 'DEBUG = False\n' > config.py && git add . && git commit -qm init && git push -q origin main
git checkout -qb feature && printf 'DEBUG = True\n' > config.py && git commit -qam feature && git checkout -q main
printf 'DEBUG = None\n' > config.py
echo '$ git checkout feature'
git checkout feature
echo '$ git merge feature'
git merge feature
git clone -q ../remote.git ../other && ( cd ../other && printf 'DEBUG = 1\n' > config.py && git commit -qam other && git push -q origin main )
echo '$ git pull'
git pull --no-rebase
