#!/usr/bin/env bash
# Reproduces go/no-required-module-provides-package: an import whose module is not in go.mod.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport "github.com/spf13/cobra"\n\nfunc main() { _ = cobra.Command{} }\n' > main.go
go build ./... 2>&1
go run . 2>&1
