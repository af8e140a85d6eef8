#!/usr/bin/env bash
# Reproduces go/package-not-in-goroot: an import path without a domain that is neither in the
# standard library of this Go (slices arrived in Go 1.21) nor in the module.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/std\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport (\n\t"fmt"\n\t"slices"\n)\n\nfunc main() { fmt.Println(slices.Contains([]int{1}, 1)) }\n' > main.go
go build 2>&1
printf 'package main\n\nimport (\n\t"fmt"\n\t"utils/strutil"\n)\n\nfunc main() { fmt.Println(strutil.X) }\n' > main.go
go build 2>&1
go run utils/strutil 2>&1
