#!/usr/bin/env bash
# git checkout / git add of a name git does not know.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a.txt && git add a.txt && git commit -qm init
git checkout feature/login
git add missing.txt
git restore no-such-file.py
