#!/usr/bin/env bash
# git pull (2.27+) with no pull.rebase setting when local and remote both have new commits.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
diverged_clones
cd bob
git pull
