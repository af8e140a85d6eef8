#!/usr/bin/env bash
# Reproduces go/all-goroutines-asleep-deadlock: an unbuffered send with no receiver, and a WaitGroup that is never Done.
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
	"sync"
)

func main() {
	if len(os.Args) > 1 {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Wait()
	}
	ch := make(chan int)
	ch <- 1
	fmt.Println(<-ch)
}
GO
go build -o demo . 2>&1
./demo 2>&1 | head -8
./demo wg 2>&1 | head -12
