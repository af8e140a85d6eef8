#!/usr/bin/env bash
# Reproduces php/session-save-path-not-writable: session_start() as an unprivileged user
# (nobody, like a php-fpm pool user) with session.save_path owned by root, then a missing path.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php setpriv
enter_work_dir
if [ "$(id -u)" != 0 ]; then echo "skipped: needs root to switch to the nobody user"; exit "$CAPTURE_SKIPPED"; fi
chmod 755 "$work"; mkdir -m 755 sessions
echo '<?php session_start(); $_SESSION["user"] = 42; echo "logged in\n";' > login.php; chmod 644 login.php
as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
"${as_nobody[@]}" php -d "session.save_path=$work/sessions" login.php 2>&1
"${as_nobody[@]}" php -d "session.save_path=$work/missing" -d display_errors=1 -d log_errors=0 -d html_errors=0 login.php 2>&1
