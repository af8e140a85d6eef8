#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/table-already-exists.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" exists
