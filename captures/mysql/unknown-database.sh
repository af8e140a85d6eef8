#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/unknown-database.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" database
