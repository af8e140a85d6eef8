# Sourced by the nginx capture scripts: a throwaway nginx on 127.0.0.1:$NGPORT_CAPTURE whose
# error.log is printed by ng_log. ng_start takes the body of the http{} block.
NGPORT_CAPTURE=${NGPORT_CAPTURE:-18080}
NGTMP=$(mktemp -d /tmp/errkb-ng.XXXXXX)
mkdir -p "$NGTMP/logs"
ng_conf() {
    cat >"$NGTMP/nginx.conf" <<CONF
worker_processes 1;
pid $NGTMP/nginx.pid;
error_log $NGTMP/logs/error.log info;
events { worker_connections 64; }
http {
  access_log off;
  $1
}
CONF
}
ng_start() { ng_conf "$1"; nginx -p "$NGTMP" -c "$NGTMP/nginx.conf"; sleep 0.3; }
ng_get() { curl -s -o /dev/null -w "HTTP %{http_code} $1\n" "http://127.0.0.1:$NGPORT_CAPTURE$1"; }
ng_wait_port() {
    # Helper upstreams start in the background; wait until they accept connections.
    for _ in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
}
ng_log() { cat "$NGTMP/logs/error.log"; }
ng_stop() {
    [ -f "$NGTMP/nginx.pid" ] && kill "$(cat "$NGTMP/nginx.pid")" 2>/dev/null
    sleep 0.2
    for pid in ${NG_HELPER_PIDS:-}; do kill "$pid" 2>/dev/null; done
    rm -rf "$NGTMP"
}
trap ng_stop EXIT
