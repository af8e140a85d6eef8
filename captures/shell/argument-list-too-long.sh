#!/usr/bin/env bash
# Reproduces shell/argument-list-too-long: a glob expands to more bytes than ARG_MAX allows
# for an external command.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir logs
( cd logs && seq -f 'request-trace-%06g-with-a-long-name.log' 1 60000 | xargs touch )
bash -c 'rm logs/*.log'
bash -c 'ls logs/* | wc -l'
zsh -f -c 'cp logs/*.log /tmp/nowhere/'
sh -c 'grep -l ERROR logs/*'
