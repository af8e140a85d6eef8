#!/usr/bin/env bash
# git push on a new branch that has no upstream configured.
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
echo a > a && git add a && git commit -qm init && git push -q origin main
git switch -qc feature/search
echo b > b && git add b && git commit -qm search
echo '$ git push'; git push
echo '$ git pull'; git pull
