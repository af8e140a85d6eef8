#!/usr/bin/env bash
# Reproduces php/call-to-undefined-method: an instance and a static call to methods the class lacks.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php class User {} $u = new User(); $u->getFullName();' > user.php
php user.php 2>&1
echo '<?php namespace App\Mail; class Mailer { public static function boot() {} } Mailer::send();' > mail.php
php mail.php 2>&1
