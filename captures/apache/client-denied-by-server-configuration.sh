#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl apache2
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ap_conf a.conf "ServerName localhost
<Directory $APTMP/docroot>
  Require all denied
</Directory>"
"$APBIN" -k start -f "$APTMP/a.conf"
sleep 0.5
curl -s -o /dev/null -w 'HTTP %{http_code} /index.html\n' "http://127.0.0.1:$APPORT_CAPTURE/index.html"
sleep 0.2
grep AH01630 "$APTMP/logs/error.log"
