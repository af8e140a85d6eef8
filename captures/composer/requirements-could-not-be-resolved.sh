#!/usr/bin/env bash
# Reproduces composer/requirements-could-not-be-resolved offline: two inline packages whose
# constraints cannot both hold (acme/log needs acme/util ^1.0, the root asks for ^2.0).
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
    {"type": "package", "package": {"name": "acme/log", "version": "1.4.0", "require": {"acme/util": "^1.0"}, "dist": {"type": "zip", "url": "file:///nonexistent.zip"}}},
    {"type": "package", "package": {"name": "acme/util", "version": "2.0.0", "dist": {"type": "zip", "url": "file:///nonexistent.zip"}}}
  ],
  "require": {"acme/log": "^1.4", "acme/util": "^2.0"}
}
JSON
composer update 2>&1
