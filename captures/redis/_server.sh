# Sourced by the redis capture scripts: a throwaway redis-server on 127.0.0.1:$RDPORT_CAPTURE.
RDPORT_CAPTURE=${RDPORT_CAPTURE:-16379}
RDTMP=$(mktemp -d /tmp/errkb-redis.XXXXXX)
rd_start() {
    redis-server --port "$RDPORT_CAPTURE" --bind 127.0.0.1 --daemonize yes --dir "$RDTMP" \
        --logfile "$RDTMP/redis.log" --pidfile "$RDTMP/redis.pid" --save "" "$@"
    sleep 0.5
}
rd() { redis-cli -p "$RDPORT_CAPTURE" "$@"; }
rd_stop() {
    # SIGTERM makes redis try a final RDB save, which the MISCONF capture breaks on purpose.
    redis-cli -p "$RDPORT_CAPTURE" -a "${RDPASS_CAPTURE:-}" --no-auth-warning shutdown nosave >/dev/null 2>&1
    sleep 0.3
    rm -rf "$RDTMP"
}
trap rd_stop EXIT
