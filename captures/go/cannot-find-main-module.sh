#!/usr/bin/env bash
# Reproduces go/cannot-find-main-module: module-aware go commands outside any module.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export GOPATH="$work/gopath" GOCACHE="$work/cache" GOFLAGS=-modcacherw GOPROXY=off
printf 'package main\n\nfunc main() {}\n' > main.go
go build ./... 2>&1
go get github.com/gorilla/mux 2>&1
go mod tidy 2>&1
