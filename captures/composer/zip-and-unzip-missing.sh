#!/usr/bin/env bash
# Reproduces composer/zip-and-unzip-missing: a dist archive to extract while PHP has no zip
# extension (Debian's php-cli alone) and PATH holds neither unzip nor 7z (as in slim Docker
# images). PATH is cut down to a directory holding only php, composer and env.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer python3
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1 COLUMNS=80
python3 -c "
import zipfile
z = zipfile.ZipFile('$work/http-2.1.0.zip', 'w')
z.writestr('http-2.1.0/composer.json', '{\"name\": \"acme/http\"}')
z.close()"
mkdir bin app
for tool in php composer env; do ln -s "$(command -v "$tool")" "bin/$tool"; done
cd app
echo "{\"name\": \"acme/app\", \"repositories\": [{\"packagist.org\": false}, {\"type\": \"package\", \"package\": {\"name\": \"acme/http\", \"version\": \"2.1.0\", \"dist\": {\"type\": \"zip\", \"url\": \"$work/http-2.1.0.zip\"}}}], \"require\": {\"acme/http\": \"2.1.0\"}}" > composer.json
PATH="$work/bin" composer update 2>&1 | grep -v 'curl extension' | sed '/^update \[/d; s/ *$//'
