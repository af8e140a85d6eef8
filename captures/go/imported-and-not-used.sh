#!/usr/bin/env bash
# Reproduces go/imported-and-not-used: the compiler rejects unused imports.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export GOPATH="$work/gopath" GOCACHE="$work/cache" GOPROXY=off
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\tstr "strings"\n)\n\nfunc main() {\n\tfmt.Println("hi")\n}\n' > main.go
go build ./... 2>&1
go vet ./... 2>&1
