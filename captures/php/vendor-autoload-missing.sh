#!/usr/bin/env bash
# Reproduces php/vendor-autoload-missing: a project checked out without running composer install.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '#!/usr/bin/env php' '<?php' "define('LARAVEL_START', microtime(true));" "require __DIR__.'/vendor/autoload.php';" > artisan
echo '$ php artisan serve'; php artisan serve 2>&1
mkdir public; echo "<?php require __DIR__ . '/../vendor/autoload.php';" > public/index.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 public/index.php 2>&1
