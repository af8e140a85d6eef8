#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/unknown-column.yaml (one session shows several SQL errors).
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh"
