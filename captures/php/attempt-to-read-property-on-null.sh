#!/usr/bin/env bash
# Reproduces php/attempt-to-read-property-on-null: property access on null/false (PHP 8 Warning) and a write (Error).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $user = null; echo $user->name;' > profile.php
php profile.php 2>&1
echo '<?php $cfg = false; echo $cfg->debug;' > config.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 config.php 2>&1; echo
echo '<?php $order = null; $order->status = "paid";' > pay.php
php pay.php 2>&1
