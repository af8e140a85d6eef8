#!/usr/bin/env bash
# Reproduces php/call-to-undefined-function: functions of extensions (mysqli, gd) that Debian's
# php-cli does not load.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $c = mysqli_connect("localhost", "root", "");' > db.php
php db.php 2>&1
echo '<?php $img = imagecreatetruecolor(10, 10);' > thumb.php
php thumb.php 2>&1
echo '<?php $link = mysql_connect("localhost", "root", "");' > legacy.php
php legacy.php 2>&1
