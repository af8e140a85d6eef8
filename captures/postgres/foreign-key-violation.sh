#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/foreign-key-violation.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/constraint-errors.sh" fkey
