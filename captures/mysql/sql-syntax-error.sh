#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/sql-syntax-error.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" syntax
