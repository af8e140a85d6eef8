#!/usr/bin/env bash
# Checking out a commit (not a branch) puts HEAD in detached state.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a && git add a && git commit -qm first && echo b > b && git add b && git commit -qm second
git -c advice.detachedHead=true checkout HEAD~1
git status | head -1
git checkout -q main
git tag v1.0.0 HEAD~1
git checkout v1.0.0
