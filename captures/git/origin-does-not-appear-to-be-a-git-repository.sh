#!/usr/bin/env bash
# Pushing/pulling a remote name that is not configured, or a path that is not a repository.
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
echo '$ git push -u origin main'; git push -u origin main
echo '$ git pull upstream main'; git pull upstream main
echo '$ git fetch ../not-a-repo'; mkdir ../not-a-repo; git fetch ../not-a-repo
