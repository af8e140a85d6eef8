#!/usr/bin/env bash
# Cloning into a directory that already exists and has files in it.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q --bare widgets.git
mkdir -p widgets && echo notes > widgets/TODO.txt
echo '$ git clone ./widgets.git'; git clone ./widgets.git widgets
echo '$ git clone ./widgets.git .'; cd widgets && git clone ../widgets.git .
