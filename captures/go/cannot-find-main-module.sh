#!/usr/bin/env bash
# Reproduces go/cannot-find-main-module: module-aware go commands outside any module.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
export GOFLAGS=-modcacherw
printf 'package main\n\nfunc main() {}\n' > main.go
go build ./... 2>&1
go get github.com/gorilla/mux 2>&1
go mod tidy 2>&1
