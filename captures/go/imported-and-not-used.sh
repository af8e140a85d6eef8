#!/usr/bin/env bash
# Reproduces go/imported-and-not-used: the compiler rejects unused imports.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\tstr "strings"\n)\n\nfunc main() {\n\tfmt.Println("hi")\n}\n' > main.go
go build ./... 2>&1
go vet ./... 2>&1
