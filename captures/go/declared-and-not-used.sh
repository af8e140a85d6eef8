#!/usr/bin/env bash
# Reproduces go/declared-and-not-used: the compiler rejects unused local variables.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
printf 'package main\n\nimport "os"\n\nfunc main() {\n\tf, err := os.Open("x")\n\tresult := 3\n\t_ = f\n}\n' > main.go
go build ./... 2>&1
go run . 2>&1
