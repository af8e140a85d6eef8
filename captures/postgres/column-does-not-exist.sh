#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/column-does-not-exist.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" column
