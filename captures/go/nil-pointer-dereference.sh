#!/usr/bin/env bash
# Reproduces go/nil-pointer-dereference: a method or field access through a nil pointer, and a nil interface call.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import (
	"fmt"
	"os"
)

type Config struct{ Port int }

type Store interface{ Get(k string) string }

func load() *Config { return nil }

func main() {
	if len(os.Args) > 1 {
		var s Store
		fmt.Println(s.Get("k"))
	}
	c := load()
	fmt.Println(c.Port)
}
GO
go build -o demo . 2>&1
./demo 2>&1 | head -8
./demo iface 2>&1 | head -8
