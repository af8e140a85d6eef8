#!/usr/bin/env bash
# Reproduces go/assignment-mismatch: the number of variables on the left differs from the values a call returns.
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
	"strconv"
)

func main() {
	v := strconv.Atoi("5")
	f := os.Open("x")
	a, b, c := fmt.Println("x")
	fmt.Println(v, f, a, b, c)
}
GO
go build 2>&1
go vet 2>&1
