#!/usr/bin/env bash
# Reproduces go/import-cycle-not-allowed: two packages importing each other, and a test that
# imports a package which imports the package under test.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
mkdir -p cyc/a cyc/b cyc2/a cyc2/b
cd cyc
printf 'module example.com/cyc\n\ngo 1.19\n' > go.mod
printf 'package a\n\nimport "example.com/cyc/b"\n\nfunc A() int { return b.B() }\n' > a/a.go
printf 'package b\n\nimport "example.com/cyc/a"\n\nfunc B() int { return 1 }\n\nvar _ = a.A\n' > b/b.go
printf 'package main\n\nimport (\n\t"fmt"\n\t"example.com/cyc/a"\n)\n\nfunc main() { fmt.Println(a.A()) }\n' > main.go
go build ./... 2>&1
cd ../cyc2
printf 'module example.com/cyc\n\ngo 1.19\n' > go.mod
printf 'package a\n\nimport "example.com/cyc/b"\n\nfunc A() int { return b.B() }\n' > a/a.go
printf 'package b\n\nfunc B() int { return 1 }\n' > b/b.go
printf 'package b\n\nimport (\n\t"testing"\n\t"example.com/cyc/a"\n)\n\nfunc TestB(t *testing.T) { _ = a.A() }\n' > b/b_test.go
go test ./... 2>&1
