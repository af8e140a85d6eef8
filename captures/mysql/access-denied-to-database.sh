#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/access-denied-to-database.yaml (the access-denied session shows it last).
exec bash "$(dirname "$(readlink -f "$0")")/access-denied.sh"
