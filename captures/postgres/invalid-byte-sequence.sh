#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/invalid-byte-sequence.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/value-errors.sh" nul
