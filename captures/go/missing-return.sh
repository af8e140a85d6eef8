#!/usr/bin/env bash
# Reproduces go/missing-return: a function with results whose last statement is not a return.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import "fmt"

func label(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
}

func find(xs []int, x int) (int, error) {
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
}

func main() { fmt.Println(label(1)); fmt.Println(find(nil, 1)) }
GO
go build 2>&1
go vet 2>&1
