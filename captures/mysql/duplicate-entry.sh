#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/duplicate-entry.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/sql-errors.sh" duplicate
