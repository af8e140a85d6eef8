#!/usr/bin/env bash
# A git command while another one (or a crashed one) holds .git/index.lock.
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
: > .git/index.lock   # what a crashed or concurrent git process leaves behind
echo b > b
echo '$ git add b'; git add b
echo '$ git commit -am msg'; git commit -qam msg
