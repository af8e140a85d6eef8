#!/usr/bin/env bash
# Reproduces go/cannot-use-as-type: a value of one type used where another is expected (constant, variable, argument, return).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import (
	"fmt"
	"strconv"
	"time"
)

func timeout() time.Duration {
	secs := 5
	return secs * time.Second
}

func main() {
	var count int = "3"
	port := 8080
	var addr string = port
	fmt.Println(strconv.Itoa("1"), count, addr, timeout())
}
GO
go build 2>&1
go vet 2>&1
