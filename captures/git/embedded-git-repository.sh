#!/usr/bin/env bash
# Adding a directory that is itself a git repository (a nested clone) to another repository.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q app && cd app
echo a > a && git add a && git commit -qm init
git init -q vendor/theme && ( cd vendor/theme && echo t > t && git add t && git commit -qm theme )
echo '$ git add .'; git add .
