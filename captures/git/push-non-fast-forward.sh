#!/usr/bin/env bash
# Pushing to a bare remote that has commits the local branch lacks (both wordings).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
diverged_clones
cd bob
echo '$ git push origin main'
git push origin main
git fetch -q origin
echo '$ git push origin main   # after fetching'
git push origin main
