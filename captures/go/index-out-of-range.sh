#!/usr/bin/env bash
# Reproduces go/index-out-of-range: indexing or slicing past the length of a slice.
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

func main() {
	s := []int{1, 2, 3}
	n := len(os.Args) + 3
	if len(os.Args) > 1 {
		fmt.Println(s[1:n])
	}
	fmt.Println(s[n])
}
GO
go build -o demo . 2>&1
./demo 2>&1 | head -8
./demo slice 2>&1 | head -8
