#!/usr/bin/env bash
# Reproduces go/declared-and-not-used: the compiler rejects unused local variables.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export GOPATH="$work/gopath" GOCACHE="$work/cache" GOPROXY=off
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport "os"\n\nfunc main() {\n\tf, err := os.Open("x")\n\tresult := 3\n\t_ = f\n}\n' > main.go
go build ./... 2>&1
go run . 2>&1
