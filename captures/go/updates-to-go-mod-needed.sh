#!/usr/bin/env bash
# Reproduces go/updates-to-go-mod-needed: go.mod lacks a requirement that a dependency's go.mod
# implies (local replace targets stand in for downloaded modules, so no network is needed).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
mkdir app lib dep
printf 'module example.com/dep\n\ngo 1.19\n' > dep/go.mod
printf 'package dep\n\nfunc D() int { return 2 }\n' > dep/dep.go
printf 'module example.com/lib\n\ngo 1.19\n\nrequire example.com/dep v1.2.0\n' > lib/go.mod
printf 'package lib\n\nimport "example.com/dep"\n\nfunc F() int { return dep.D() }\n' > lib/lib.go
cd app
printf 'module example.com/app\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n\nreplace example.com/dep => ../dep\n' > go.mod
printf 'package main\n\nimport (\n\t"fmt"\n\t"example.com/lib"\n)\n\nfunc main() { fmt.Println(lib.F()) }\n' > main.go
go build ./... 2>&1
go test ./... 2>&1
