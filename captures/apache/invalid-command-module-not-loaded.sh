#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires apache2
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# mod_rewrite and mod_headers are not loaded in this config.
ap_conf a.conf "ServerName localhost
<Directory $APTMP/docroot>
  RewriteEngine On
</Directory>"
"$APBIN" -t -f "$APTMP/a.conf"
ap_conf b.conf "ServerName localhost
Header always set X-Frame-Options DENY"
"$APBIN" -t -f "$APTMP/b.conf"
