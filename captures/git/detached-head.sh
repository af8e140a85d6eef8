#!/usr/bin/env bash
# Checking out a commit (not a branch) puts HEAD in detached state.
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
echo a > a && git add a && git commit -qm first && echo b > b && git add b && git commit -qm second
git -c advice.detachedHead=true checkout HEAD~1
git status | head -1
git checkout -q main
git tag v1.0.0 HEAD~1
git checkout v1.0.0
