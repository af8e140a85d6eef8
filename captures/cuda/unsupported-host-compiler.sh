#!/usr/bin/env bash
# Reproduces cuda/unsupported-host-compiler: nvcc's host_config.h rejects a host gcc newer than
# the toolkit supports. A gcc wrapper that reports a future __GNUC__ stands in for a newer gcc,
# so the check fires with the toolkit's own wording on this machine's gcc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires nvcc
enter_work_dir
mkdir bin
printf '#!/bin/sh\nexec gcc -Wno-builtin-macro-redefined -U__GNUC__ -D__GNUC__=99 "$@"\n' > bin/gcc
chmod +x bin/gcc
printf '__global__ void k(float *x) { x[threadIdx.x] *= 2.0f; }\n' > kernel.cu
nvcc -ccbin "$work/bin/gcc" -c kernel.cu -o kernel.o 2>&1 | head -8
