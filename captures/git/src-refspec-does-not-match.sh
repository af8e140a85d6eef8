#!/usr/bin/env bash
# Pushing a branch that does not exist locally (empty repo, or master vs main).
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
git init -q repo && cd repo && git remote add origin ../remote.git
echo '$ git push -u origin main   # nothing committed yet'; git push -u origin main
echo a > a && git add a && git commit -qm init
echo '$ git push origin master'; git push origin master
