#!/usr/bin/env bash
# Reproduces go/module-requires-newer-go: code needing a newer Go than the toolchain (go 1.19
# here builds a module that declares go 1.21 and uses its min builtin).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
export GOTOOLCHAIN=local
printf 'module example.com/demo\n\ngo 1.21\n' > go.mod
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(min(3, 4))\n}\n' > main.go
go version
go build ./... 2>&1
