#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/foreign-key-constraint-fails.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/constraint-errors.sh" fkey
