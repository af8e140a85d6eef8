#!/usr/bin/env bash
# Reproduces php/cannot-redeclare: a function and a class defined twice (a file included twice).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '<?php\nfunction format_price($p) { return $p; }\n' > helpers.php
echo '<?php include "helpers.php"; include "helpers.php";' > page.php
php page.php 2>&1
printf '<?php\nclass Mailer {}\n' > Mailer.php
echo '<?php require "Mailer.php"; require "Mailer.php";' > send.php
php send.php 2>&1
echo '<?php function helper() {} function helper() {}' > twice.php
php twice.php 2>&1
