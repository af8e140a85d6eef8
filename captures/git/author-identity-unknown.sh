#!/usr/bin/env bash
# Committing with no user.name/user.email configured anywhere.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git config --global --unset user.name; git config --global --unset user.email
# git falls back to the passwd entry and hostname; an empty GECOS and a hostname with no
# domain make it give up, which is the usual state of a fresh container or CI runner.
git init -q repo && cd repo && echo a > a && git add a
HOME="$work" EMAIL= GIT_AUTHOR_NAME= GIT_COMMITTER_NAME= git commit -m init
echo '$ git -c user.useConfigOnly=true commit -m init'
HOME="$work" EMAIL= git -c user.useConfigOnly=true commit -m init
