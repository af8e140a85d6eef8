#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/unknown-column.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" column
