#!/usr/bin/env bash
# Reproduces go/build-constraints-exclude: every file of a package is excluded by build tags,
# GOOS/GOARCH file suffixes or cgo being off.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
mkdir -p winsvc sqlite
printf 'package winsvc\n\nfunc Run() {}\n' > winsvc/service_windows.go
printf '//go:build cgo\n\npackage sqlite\n\n/*\n#include <stdlib.h>\n*/\nimport "C"\n\nfunc Open() {}\n' > sqlite/sqlite.go
go build ./winsvc 2>&1
CGO_ENABLED=0 go build ./sqlite 2>&1
go vet -tags integration ./winsvc 2>&1
