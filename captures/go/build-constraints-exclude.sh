#!/usr/bin/env bash
# Reproduces go/build-constraints-exclude: every file of a package is excluded by build tags,
# GOOS/GOARCH file suffixes or cgo being off.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export GOPATH="$work/gopath" GOCACHE="$work/cache" GOPROXY=off
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
mkdir -p winsvc sqlite
printf 'package winsvc\n\nfunc Run() {}\n' > winsvc/service_windows.go
printf '//go:build cgo\n\npackage sqlite\n\n/*\n#include <stdlib.h>\n*/\nimport "C"\n\nfunc Open() {}\n' > sqlite/sqlite.go
go build ./winsvc 2>&1
CGO_ENABLED=0 go build ./sqlite 2>&1
go vet -tags integration ./winsvc 2>&1
