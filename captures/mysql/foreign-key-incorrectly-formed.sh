#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/foreign-key-incorrectly-formed.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" fk150
