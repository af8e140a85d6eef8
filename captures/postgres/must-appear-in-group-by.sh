#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/must-appear-in-group-by.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/query-errors.sh" groupby
