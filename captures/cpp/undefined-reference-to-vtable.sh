#!/usr/bin/env bash
# Reproduces cpp/undefined-reference-to-vtable: a class declares a virtual function that is
# never defined, so the compiler emits no vtable.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires g++
enter_work_dir
cat > shape.cpp <<'CPP'
struct Shape {
  virtual ~Shape();
  virtual double area() const;
};
struct Square : Shape {
  double side = 2;
  double area() const override;
};
int main() { Square s; Shape *p = &s; return (int)p->area(); }
CPP
g++ shape.cpp -o shape
if command -v clang++ >/dev/null; then clang++ shape.cpp -o shape; fi
