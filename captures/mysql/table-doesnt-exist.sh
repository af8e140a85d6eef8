#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/table-doesnt-exist.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" table
