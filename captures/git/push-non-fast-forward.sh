#!/usr/bin/env bash
# Pushing to a bare remote that has commits the local branch lacks (both wordings).
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
git clone -q remote.git alice 2>/dev/null
( cd alice && echo a > a && git add a && git commit -qm a && git push -q origin main )
git clone -q remote.git bob
( cd alice && echo b > b && git add b && git commit -qm b && git push -q origin main )
cd bob && echo c > c && git add c && git commit -qm c
echo '$ git push origin main'
git push origin main
git fetch -q origin
echo '$ git push origin main   # after fetching'
git push origin main
