#!/usr/bin/env bash
# Reproduces go/undefined: a name that is not declared in the package or is unexported.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport "strings"\n\nfunc main() {\n\tcfg := loadConfig()\n\t_ = strings.Titel("x")\n\t_ = cfg\n}\n' > main.go
printf 'package main\n\nfunc helper() int { return 1 }\n' > helper.go
go build ./... 2>&1
go run main.go 2>&1
