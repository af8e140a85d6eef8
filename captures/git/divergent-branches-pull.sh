#!/usr/bin/env bash
# git pull (2.27+) with no pull.rebase setting when local and remote both have new commits.
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
git pull
