#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/column-cannot-be-null.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/column-errors.sh" null
