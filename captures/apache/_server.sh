# Sourced by the apache capture scripts: a throwaway Apache httpd (Debian's apache2 binary)
# with a minimal config in a temp dir, listening on 127.0.0.1:$APPORT_CAPTURE.
APPORT_CAPTURE=${APPORT_CAPTURE:-18081}
APTMP=$(mktemp -d /tmp/errkb-apache.XXXXXX)
chmod 755 "$APTMP"
mkdir -p "$APTMP/logs" "$APTMP/run" "$APTMP/docroot"
echo hello >"$APTMP/docroot/index.html"
APMOD=${APMOD:-/usr/lib/apache2/modules}
APBIN=$(command -v apache2 || command -v httpd || echo /usr/sbin/apache2)
ap_conf() {
    # $1: file name, $2: extra configuration lines
    cat >"$APTMP/$1" <<CONF
ServerRoot $APTMP
PidFile $APTMP/run/${1%.conf}.pid
ErrorLog $APTMP/logs/error.log
LogLevel info
LoadModule mpm_event_module $APMOD/mod_mpm_event.so
LoadModule authz_core_module $APMOD/mod_authz_core.so
LoadModule dir_module $APMOD/mod_dir.so
Listen 127.0.0.1:$APPORT_CAPTURE
DocumentRoot $APTMP/docroot
User nobody
Group nogroup
$2
CONF
}
ap_stop() {
    for pid_file in "$APTMP"/run/*.pid; do
        [ -f "$pid_file" ] && kill "$(cat "$pid_file")" 2>/dev/null
    done
    sleep 0.3
    rm -rf "$APTMP"
}
trap ap_stop EXIT
