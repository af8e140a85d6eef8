#!/usr/bin/env bash
# Merging a branch whose history shares no commit with the current one.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q --bare remote.git
git init -q other && ( cd other && echo readme > README.md && git add . && git commit -qm 'Initial commit' && git push -q ../remote.git main )
git init -q repo && cd repo
echo code > app.py && git add . && git commit -qm 'first'
git remote add origin ../remote.git
git pull --no-rebase origin main
git merge origin/main
