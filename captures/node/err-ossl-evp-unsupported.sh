#!/usr/bin/env bash
# Reproduces node/err-ossl-evp-unsupported: MD4 (webpack 4 hashing) on Node 17+ with OpenSSL 3.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "require(\"crypto\").createHash(\"md4\").update(\"x\").digest(\"hex\")"
exit 0
