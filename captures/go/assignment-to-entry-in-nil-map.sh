#!/usr/bin/env bash
# Reproduces go/assignment-to-entry-in-nil-map: writing to a map that was declared but never made.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import "fmt"

type Registry struct{ byName map[string]int }

func main() {
	var counts map[string]int
	fmt.Println(counts["x"])
	r := Registry{}
	if len(counts) == 0 {
		r.byName["a"] = 1
	}
	counts["a"]++
}
GO
go build -o demo . 2>&1
./demo 2>&1 | head -8
