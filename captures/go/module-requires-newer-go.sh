#!/usr/bin/env bash
# Reproduces go/module-requires-newer-go: code needing a newer Go than the toolchain (go 1.19
# here builds a module that declares go 1.21 and uses its min builtin).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export GOPATH="$work/gopath" GOCACHE="$work/cache" GOPROXY=off GOTOOLCHAIN=local
printf 'module example.com/demo\n\ngo 1.21\n' > go.mod
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(min(3, 4))\n}\n' > main.go
go version
go build ./... 2>&1
