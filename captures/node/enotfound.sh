#!/usr/bin/env bash
# Reproduces node/enotfound: a host name that DNS cannot resolve (.invalid never resolves).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "require(\"https\").get(\"https://api.example.invalid/v1/users\")"
node -e "fetch(\"http://db.internal.invalid:8080/\")"
exit 0
