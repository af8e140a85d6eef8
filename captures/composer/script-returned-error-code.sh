#!/usr/bin/env bash
# Reproduces composer/script-returned-error-code: a post-autoload-dump script (standing in for
# `php artisan package:discover`) that fails on a missing provider class, so Composer reports
# the event's exit code.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
printf '%s\n' '<?php' 'new App\Providers\ReportServiceProvider();' > artisan
cat > composer.json <<'JSON'
{"name": "acme/app", "repositories": [{"packagist.org": false}],
 "scripts": {"post-autoload-dump": ["@php artisan package:discover --ansi"]}}
JSON
composer update 2>&1 | grep -v 'curl extension'
cat > composer.json <<'JSON'
{"name": "acme/app", "repositories": [{"packagist.org": false}],
 "scripts": {"post-autoload-dump": ["@php -r \"exit(1);\""]}}
JSON
composer update 2>&1 | grep -v 'curl extension'
