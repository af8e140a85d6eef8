#!/usr/bin/env bash
# Reproduces linux/debconf-unable-to-initialize-frontend: debconf started with no terminal and
# no TERM, as in `docker build` or CI (then with TERM set but no dialog program installed).
# debconf uses a private configuration and database here, so the system's answers are untouched.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires debconf
enter_work_dir
printf 'Config: configdb\nTemplates: templatedb\n\nName: configdb\nDriver: File\nFilename: %s/config.dat\n\nName: templatedb\nDriver: File\nMode: 644\nFilename: %s/templates.dat\n' \
    "$work" "$work" > debconf.conf
export DEBCONF_SYSTEMRC="$work/debconf.conf"
echo '$ debconf sh -c true   # no TERM and no tty, as in docker build'
env -u TERM -u DEBIAN_FRONTEND debconf sh -c true < /dev/null 2>&1
echo '$ TERM=xterm debconf sh -c true   # no tty; without whiptail/dialog the reason differs'
env -u DEBIAN_FRONTEND TERM=xterm debconf sh -c true < /dev/null 2>&1
