#!/usr/bin/env bash
# Asking git for an object the repository does not have.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q repo && cd repo
echo a > a && git add a && git commit -qm init
git show 3f4e2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f
git cat-file -p 0123456789abcdef0123456789abcdef01234567
# A commit whose tree object is gone (a truncated copy, a broken shallow clone).
tree=$(git rev-parse HEAD^{tree}); rm -f ".git/objects/${tree:0:2}/${tree:2}"
git status
git log --stat -1 >/dev/null
