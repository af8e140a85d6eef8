#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires apache2
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# No ServerName, so Apache guesses one from the host name and warns.
ap_conf a.conf ""
"$APBIN" -t -f "$APTMP/a.conf"
