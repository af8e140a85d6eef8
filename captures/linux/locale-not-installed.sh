#!/usr/bin/env bash
# Reproduces linux/locale-not-installed: LC_ALL/LANG name a locale that was never generated
# (what an SSH client forwarding the desktop's locale to a minimal server or container causes).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires perl locale
enter_work_dir
if locale -a 2>/dev/null | grep -qix 'fr_FR.utf8'; then
    echo "skipped: fr_FR.UTF-8 is installed here"; exit "$CAPTURE_SKIPPED"
fi
echo '$ LC_ALL=fr_FR.UTF-8 perl -e 1'; LC_ALL=fr_FR.UTF-8 perl -e 1 2>&1
echo '$ LC_ALL=fr_FR.UTF-8 bash -c true'; LC_ALL=fr_FR.UTF-8 bash -c true 2>&1
echo '$ LANG=fr_FR.UTF-8 locale'; env -u LC_ALL LANG=fr_FR.UTF-8 locale 2>&1 >/dev/null
