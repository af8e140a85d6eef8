#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/invalid-input-syntax.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" input
