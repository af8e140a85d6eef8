#!/usr/bin/env bash
# git status outside any repository.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
mkdir plain && cd plain
git status
git log --oneline
