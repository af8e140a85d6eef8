#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/could-not-create-unique-index.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" uniqueindex
