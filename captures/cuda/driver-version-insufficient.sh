#!/usr/bin/env bash
# Reproduces cuda/driver-version-insufficient: the CUDA runtime finds no usable driver (on this
# machine there is no libcuda at all, which the runtime reports as an insufficient driver).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires nvcc
enter_work_dir
cat > probe.cu <<'CU'
#include <cstdio>
#include <cuda_runtime.h>
int main() {
  int n = 0;
  cudaError_t err = cudaGetDeviceCount(&n);
  if (err != cudaSuccess) {
    std::fprintf(stderr, "cudaGetDeviceCount failed: %s (%s, code %d)\n",
                 cudaGetErrorString(err), cudaGetErrorName(err), (int)err);
    return 1;
  }
  std::printf("%d devices\n", n);
}
CU
nvcc -o probe probe.cu 2>&1 && ./probe
