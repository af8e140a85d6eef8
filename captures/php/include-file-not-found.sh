#!/usr/bin/env bash
# Reproduces php/include-file-not-found: a relative require_once resolved against the working
# directory instead of the script's folder, and an include of a config file that was never created.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
mkdir -p app/config
echo '<?php return ["db" => "app"];' > app/config/db.php
printf '%s\n' '<?php' '$cfg = require_once "./config/db.php";' 'echo $cfg["db"], "\n";' > app/index.php
echo '$ php app/index.php'; php app/index.php 2>&1
printf '%s\n' '<?php' 'include "config.local.php";' 'echo "page\n";' > app/page.php
echo '$ cd app && php page.php'; (cd app && php -d display_errors=1 -d log_errors=0 -d html_errors=0 page.php 2>&1)
