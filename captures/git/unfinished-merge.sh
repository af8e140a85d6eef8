#!/usr/bin/env bash
# Merging or pulling again while an earlier merge is unfinished: conflicts still unresolved, then
# resolved and staged but not committed.
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
printf 'v1\n' > f && git add f && git commit -qm init
git checkout -qb other && printf 'v2\n' > f && git commit -qam other && git checkout -q main
printf 'v3\n' > f && git commit -qam main
git merge other >/dev/null 2>&1
echo '$ git merge other'; git merge other
echo '$ git pull . other'; git pull --no-rebase . other
echo '$ git checkout other'; git checkout other
printf 'v2\n' > f && git add f   # conflict resolved and staged, but not committed
echo '$ git merge other   # after git add, before commit'; git merge other
echo '$ git pull . other'; git pull --no-rebase . other
