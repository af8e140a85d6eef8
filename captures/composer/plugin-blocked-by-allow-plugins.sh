#!/usr/bin/env bash
# Reproduces composer/plugin-blocked-by-allow-plugins: a dependency of type composer-plugin that
# the root's allow-plugins config does not list, in a non-interactive run (as in CI), at the
# default 80-column width (the message is boxed and wrapped) and at 200 columns.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
mkdir -p plug app
echo '{"name": "acme/installer-plugin", "version": "1.0.0", "type": "composer-plugin", "require": {"composer-plugin-api": "^2.0"}, "autoload": {"psr-4": {"Acme\\": "src/"}}, "extra": {"class": "Acme\\Plugin"}}' > plug/composer.json
cd app
echo '{"name": "acme/app", "repositories": [{"packagist.org": false}, {"type": "path", "url": "../plug", "options": {"symlink": false}}], "require": {"acme/installer-plugin": "1.0.0"}}' > composer.json
COLUMNS=80 composer update 2>&1 | grep -v 'curl extension' | sed '/^update \[/d'
rm -rf vendor
COLUMNS=200 composer install 2>&1 | grep -v 'curl extension' | sed '/^install \[/d' | sed 's/ *$//'
