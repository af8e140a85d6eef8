#!/usr/bin/env bash
# Reproduces php/class-not-found: a class used without its file loaded (no autoloader entry).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' 'namespace App\Http\Controllers;' '$u = new UserService();' > controller.php
php controller.php 2>&1
mkdir vendor && echo '<?php' > vendor/autoload.php
printf '%s\n' '<?php' 'require __DIR__ . "/vendor/autoload.php";' 'use Monolog\Logger;' '$log = new Logger("app");' > app.php
php app.php 2>&1
