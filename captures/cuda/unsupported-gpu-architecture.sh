#!/usr/bin/env bash
# Reproduces cuda/unsupported-gpu-architecture: asking nvcc for an architecture the installed
# CUDA toolkit no longer (or does not yet) support. Needs no GPU.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires nvcc
enter_work_dir
printf '__global__ void k(float *x) { x[threadIdx.x] *= 2.0f; }\nint main() { return 0; }\n' > kernel.cu
nvcc --version | tail -1
nvcc -arch=sm_35 -c kernel.cu -o kernel.o 2>&1
nvcc -gencode arch=compute_50,code=sm_50 -c kernel.cu -o kernel.o 2>&1
nvcc -arch=sm_999 -c kernel.cu -o kernel.o 2>&1
nvcc --gpu-architecture=compute_30 -c kernel.cu -o kernel.o 2>&1
