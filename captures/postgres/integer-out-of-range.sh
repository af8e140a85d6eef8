#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/integer-out-of-range.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/value-errors.sh" range
