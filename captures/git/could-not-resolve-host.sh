#!/usr/bin/env bash
# Cloning from a host name DNS cannot resolve.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git clone https://github.invalid/acme/widgets.git
git ls-remote https://gitlab.example.invalid/group/project.git
