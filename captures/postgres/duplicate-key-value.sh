#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/duplicate-key-value.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" duplicate
