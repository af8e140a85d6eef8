#!/usr/bin/env bash
# Pushing to a bare remote that has commits the local branch lacks (both wordings).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
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
