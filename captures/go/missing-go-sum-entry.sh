#!/usr/bin/env bash
# Reproduces go/missing-go-sum-entry: go.mod requires a module whose checksum is not in go.sum
# (a local replace target stands in for a downloaded module so no network is needed).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
export GONOSUMDB= GOFLAGS=
mkdir app
cd app
printf 'module example.com/app\n\ngo 1.19\n\nrequire github.com/google/uuid v1.6.0\n' > go.mod
printf 'package main\n\nimport "github.com/google/uuid"\n\nfunc main() { _ = uuid.New() }\n' > main.go
go build ./... 2>&1
go build -mod=readonly . 2>&1
