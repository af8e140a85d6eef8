#!/usr/bin/env bash
# Reproduces node/err-unsupported-esm-url-scheme: an absolute Windows-style path passed to import() (on Windows Node adds a sentence about file:// URLs).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node --input-type=module -e "await import(\"c:/Users/dev/app/config.js\")"
exit 0
