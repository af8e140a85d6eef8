#!/usr/bin/env bash
# Reproduces composer/platform-check-failed: vendor/ is installed for a pretended platform
# (config.platform php 8.3 with gd), then run by a PHP that is older and lacks gd, so
# vendor/composer/platform_check.php stops the script.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
mkdir -p pkgs/acme-http app
echo '{"name": "acme/http", "version": "2.1.0", "require": {"php": ">=8.3", "ext-gd": "*"}}' > pkgs/acme-http/composer.json
cd app
cat > composer.json <<'JSON'
{"name": "acme/app",
 "repositories": [{"packagist.org": false}, {"type": "path", "url": "../pkgs/acme-http", "options": {"symlink": false}}],
 "require": {"acme/http": "2.1.0"},
 "config": {"platform": {"php": "8.3.0", "ext-gd": "2.3"}, "platform-check": true}}
JSON
composer update >/dev/null 2>&1
echo '<?php require __DIR__ . "/vendor/autoload.php"; echo "started\n";' > index.php
echo '$ php index.php'
php index.php 2>&1
