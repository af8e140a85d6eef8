#!/usr/bin/env bash
# Two branches change the same line; merging them conflicts.
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
printf 'port = 8000\n' > settings.py && git add settings.py && git commit -qm init
git checkout -qb feature
printf 'port = 9000\n' > settings.py && git commit -qam 'feature port'
git checkout -q main
printf 'port = 8080\n' > settings.py && git commit -qam 'main port'
git merge feature
git merge --abort
git pull --no-rebase . feature
