#!/usr/bin/env bash
# Switching branches and pulling while a tracked file has uncommitted edits the other side also changed.
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
