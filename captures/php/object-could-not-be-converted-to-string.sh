#!/usr/bin/env bash
# Reproduces php/object-could-not-be-converted-to-string: objects without __toString() used as strings.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '<?php\nnamespace App\\Models;\nclass User {}\n$u = new User();\necho "Hello " . $u;\n' > greet.php
php greet.php 2>&1
php -r '$d = new DateTime(); echo "Now: $d";' 2>&1
