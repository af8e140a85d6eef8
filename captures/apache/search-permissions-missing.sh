#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl apache2
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# The document root sits below a directory the worker user (nobody) cannot enter.
mkdir -p "$APTMP/home/dev/site"
echo hello >"$APTMP/home/dev/site/index.html"
chmod 700 "$APTMP/home/dev"
ap_conf a.conf "ServerName localhost
DocumentRoot $APTMP/home/dev/site
<Directory $APTMP/home/dev/site>
  Require all granted
</Directory>"
"$APBIN" -k start -f "$APTMP/a.conf"
sleep 0.5
curl -s -o /dev/null -w 'HTTP %{http_code} /index.html\n' "http://127.0.0.1:$APPORT_CAPTURE/index.html"
sleep 0.5
grep -E "AH00035|AH00132|denied" "$APTMP/logs/error.log"
# Without .htaccess lookups the same problem is reported when the file itself is opened.
"$APBIN" -k stop -f "$APTMP/a.conf"
sleep 0.5
ap_conf b.conf "ServerName localhost
<Directory />
  AllowOverride None
</Directory>
DocumentRoot $APTMP/home/dev/site
<Directory $APTMP/home/dev/site>
  AllowOverride None
  Require all granted
</Directory>"
"$APBIN" -k start -f "$APTMP/b.conf"
sleep 0.5
curl -s -o /dev/null -w 'HTTP %{http_code} /index.html\n' "http://127.0.0.1:$APPORT_CAPTURE/index.html"
sleep 0.5
grep -E "AH00035|AH00132" "$APTMP/logs/error.log"
