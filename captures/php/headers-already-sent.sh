#!/usr/bin/env bash
# Reproduces php/headers-already-sent: output before header(), setcookie() and session_start(),
# through PHP's built-in web server with output buffering off.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php curl
enter_work_dir
printf '%s\n' '<?php' 'echo "hello\n";' 'header("Location: /login");' 'session_start();' > login.php
port=$(random_port)
start_server php -d output_buffering=0 -d display_errors=0 -d log_errors=1 -S "127.0.0.1:$port" -t . 2>server.log
sleep 1
curl -s "http://127.0.0.1:$port/login.php" >/dev/null
sleep 0.3
grep -a 'PHP Warning' server.log
php -d output_buffering=0 -r 'echo "x\n"; header("X-Frame-Options: DENY");' 2>&1 | tail -n +2
