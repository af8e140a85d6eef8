#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/only-full-group-by.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" groupby
