#!/usr/bin/env bash
# Adding a remote named origin to a clone, which already has one.
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
git remote add origin https://github.com/acme/widgets.git
