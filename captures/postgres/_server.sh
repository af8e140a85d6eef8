# Sourced by the postgres capture scripts: a throwaway PostgreSQL cluster on 127.0.0.1.
# initdb refuses to run as root, so as root the cluster runs as the 'postgres' user.
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PGPORT_CAPTURE=${PGPORT_CAPTURE:-55432}
PGTMP=$(mktemp -d /tmp/errkb-pg.XXXXXX)
chmod 755 "$PGTMP"
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; fi
pg_start() {
    # $1: extra postgres settings, e.g. "-c max_connections=5"
    as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth-local=peer --auth-host=scram-sha-256 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w \
        -o "-p $PGPORT_CAPTURE -k $PGTMP -c listen_addresses=127.0.0.1 ${1:-}" start >/dev/null
}
pg_super() { as_pg psql -X -q -h "$PGTMP" -p "$PGPORT_CAPTURE" -U postgres "$@"; }
pg_app_setup() {
    pg_super -c "create role app login password 'secret'"
    pg_super -c "create database appdb owner app"
}
pg_stop() {
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PGTMP"
}
trap pg_stop EXIT
