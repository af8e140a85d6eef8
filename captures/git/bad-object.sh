#!/usr/bin/env bash
# Asking git for an object the repository does not have.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a && git add a && git commit -qm init
git show 3f4e2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f
git cat-file -p 0123456789abcdef0123456789abcdef01234567
# A commit whose tree object is gone (a truncated copy, a broken shallow clone).
tree=$(git rev-parse HEAD^{tree}); rm -f ".git/objects/${tree:0:2}/${tree:2}"
git status
git log --stat -1 >/dev/null
