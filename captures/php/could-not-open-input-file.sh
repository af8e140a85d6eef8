#!/usr/bin/env bash
# Reproduces php/could-not-open-input-file: php started on a script path that does not exist in
# the current directory (artisan outside the project root, a composer.phar never downloaded).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '$ php artisan migrate'; php artisan migrate 2>&1
echo '$ php composer.phar install'; php composer.phar install 2>&1
echo '$ php bin/console cache:clear'; php bin/console cache:clear 2>&1
