#!/usr/bin/env bash
# Committing with no user.name/user.email configured anywhere.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git config --global --unset user.name; git config --global --unset user.email
# git falls back to the passwd entry and hostname; an empty GECOS and a hostname with no
# domain make it give up, which is the usual state of a fresh container or CI runner.
git init -q repo && cd repo && echo a > a && git add a
HOME="$work" EMAIL= GIT_AUTHOR_NAME= GIT_COMMITTER_NAME= git commit -m init
echo '$ git -c user.useConfigOnly=true commit -m init'
HOME="$work" EMAIL= git -c user.useConfigOnly=true commit -m init
