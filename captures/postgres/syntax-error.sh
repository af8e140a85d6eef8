#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/syntax-error.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" syntax
