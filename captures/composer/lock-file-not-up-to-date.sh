#!/usr/bin/env bash
# Reproduces composer/lock-file-not-up-to-date: composer.json changed after composer.lock was
# written, then composer install runs from the old lock.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
mkdir -p pkgs/http app
echo '{"name": "acme/http", "version": "2.1.0"}' > pkgs/http/composer.json
cd app
echo '{"name": "acme/app", "repositories": [{"packagist.org": false}, {"type": "path", "url": "../pkgs/http", "options": {"symlink": false}}], "require": {"acme/http": "2.1.0"}}' > composer.json
composer update >/dev/null 2>&1
echo '{"name": "acme/app", "repositories": [{"packagist.org": false}, {"type": "path", "url": "../pkgs/http", "options": {"symlink": false}}], "require": {"acme/http": "2.1.0", "php": ">=8.1"}}' > composer.json
echo '$ composer install'
composer install 2>&1 | grep -v 'curl extension'
echo '$ composer validate'
composer validate 2>&1 | grep -v 'curl extension'
