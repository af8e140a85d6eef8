#!/usr/bin/env bash
# Reproduces php/unable-to-load-dynamic-library: php.ini-style extension= and zend_extension=
# lines naming modules that are not installed for this PHP build (as after a PHP upgrade).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
php -d extension=pdo_mysql -r 'echo "script ran\n";' 2>&1
php -d extension=imagick.so -r '' 2>&1
php -d zend_extension=xdebug -v 2>&1 | head -2
