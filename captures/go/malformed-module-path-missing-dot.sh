#!/usr/bin/env bash
# Reproduces go/malformed-module-path-missing-dot: a requirement, and a go get, with a module
# path that has no domain.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module myapp\n\ngo 1.19\n\nrequire utils v0.0.0\n' > go.mod
printf 'package main\n\nimport "utils/strutil"\n\nfunc main() { strutil.X() }\n' > main.go
go mod tidy 2>&1
go mod download 2>&1
printf 'module myapp\n\ngo 1.19\n' > go.mod
rm main.go
go get utils@latest 2>&1
