#!/usr/bin/env bash
# Reproduces composer/php-version-not-satisfied offline: an inline package that requires a PHP
# newer than the one running composer, and a root composer.json pinning a PHP range.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
cat > composer.json <<'JSON'
{
  "name": "acme/app",
  "repositories": [
    {"packagist.org": false},
    {"type": "package", "package": {"name": "acme/http", "version": "2.1.0", "require": {"php": ">=9.0"}, "dist": {"type": "zip", "url": "file:///nonexistent.zip"}}}
  ],
  "require": {"acme/http": "^2.0"}
}
JSON
composer update 2>&1
sed -i 's/"acme\/http": "\^2.0"/"php": "^7.4"/' composer.json
composer update 2>&1
