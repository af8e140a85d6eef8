#!/usr/bin/env bash
# Reproduces go/concurrent-map-writes: goroutines writing to one map without a lock.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				m[i] = g
			}
		}(g)
	}
	wg.Wait()
}
GO
go build -o demo . 2>&1
./demo 2>&1 | head -8
