#!/usr/bin/env bash
# systemctl --user without a user session bus: XDG_RUNTIME_DIR unset (sudo su, cron, some ssh
# setups) or pointing at a directory with no bus socket.
set -u
echo '$ systemctl --user restart syncthing   # XDG_RUNTIME_DIR unset'
env -u XDG_RUNTIME_DIR -u DBUS_SESSION_BUS_ADDRESS systemctl --user restart syncthing
echo '$ systemctl --user daemon-reload   # no bus socket in XDG_RUNTIME_DIR'
XDG_RUNTIME_DIR=/run/user/12345 env -u DBUS_SESSION_BUS_ADDRESS systemctl --user daemon-reload
