#!/usr/bin/env bash
# Reproduces go/does-not-implement: a type used as an interface it does not satisfy (missing method, pointer receiver, wrong signature).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/go.sh"
requires go
go_sandbox
printf 'module example.com/demo\n\ngo 1.19\n' > go.mod
cat > main.go <<'GO'
package main

import (
	"fmt"
	"io"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return c.r }

type Square struct{ side float64 }

func (s *Square) Area() float64      { return s.side * s.side }
func (s *Square) Perimeter() float64 { return 4 * s.side }

type nopWriter struct{}

func (nopWriter) Write(p []byte) int { return len(p) }

func describe(s Shape) string { return fmt.Sprint(s.Area()) }

func main() {
	var s Shape = Circle{r: 1}
	var w io.Writer = nopWriter{}
	fmt.Println(s, w, describe(Square{side: 2}))
}
GO
go build 2>&1
go vet 2>&1
