#!/usr/bin/env bash
# A git command while another one (or a crashed one) holds .git/index.lock.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
echo a > a && git add a && git commit -qm init
: > .git/index.lock   # what a crashed or concurrent git process leaves behind
echo b > b
echo '$ git add b'; git add b
echo '$ git commit -am msg'; git commit -qam msg
