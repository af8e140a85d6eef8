# Sourced by the mysql capture scripts: a throwaway MariaDB (or MySQL) server on 127.0.0.1.
MYPORT_CAPTURE=${MYPORT_CAPTURE:-33306}
MYTMP=$(mktemp -d /tmp/errkb-my.XXXXXX)
chmod 755 "$MYTMP"
MYSERVER=$(command -v mariadbd || command -v mysqld || echo /usr/sbin/mariadbd)
as_my() {
    if [ "$(id -u)" = 0 ]; then runuser -u mysql -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown mysql "$MYTMP"; fi
my_start() {
    as_my mariadb-install-db --no-defaults --datadir="$MYTMP/data" --auth-root-authentication-method=socket >/dev/null 2>&1
    # Started from a subshell so that a script's bare `wait` does not wait for the server.
    (as_my "$MYSERVER" --no-defaults --datadir="$MYTMP/data" --socket="$MYTMP/sock" \
        --port="$MYPORT_CAPTURE" --bind-address=127.0.0.1 --pid-file="$MYTMP/pid" \
        --log-error="$MYTMP/err.log" "$@" >/dev/null 2>&1 &)
    for _ in $(seq 50); do [ -S "$MYTMP/sock" ] && break; sleep 0.2; done
}
my_root() { mysql --no-defaults -S "$MYTMP/sock" -u root "$@"; }
my_app_setup() {
    my_root -e "create user 'app'@'localhost' identified by 'secret';
        create user 'app'@'127.0.0.1' identified by 'secret';
        create database shop; grant all on shop.* to 'app'@'localhost';
        grant all on shop.* to 'app'@'127.0.0.1';"
}
my_app() { mysql --no-defaults -S "$MYTMP/sock" -u app -psecret shop "$@"; }
my_stop() {
    [ -f "$MYTMP/pid" ] && kill "$(cat "$MYTMP/pid")" 2>/dev/null
    for _ in $(seq 50); do [ -f "$MYTMP/pid" ] || break; sleep 0.2; done
    rm -rf "$MYTMP"
}
trap my_stop EXIT
