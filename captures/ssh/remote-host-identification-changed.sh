#!/usr/bin/env bash
# Reproduces ssh/remote-host-identification-changed: known_hosts holds another key for this host (server rebuilt, IP reused).
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
sshd_on() { # port [extra sshd -o options...]
  local port=$1; shift
  [ -f host_ed25519 ] || ssh-keygen -q -t ed25519 -N "" -f host_ed25519
  /usr/sbin/sshd -f /dev/null -h "$work/host_ed25519" -o ListenAddress=127.0.0.1 -o Port="$port" \
    -o PidFile="$work/sshd.$port.pid" -o AuthorizedKeysFile="$work/authorized_keys" \
    -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no -o UsePAM=no "$@" -D -e 2>/dev/null &
  pids="$pids $!"
  sleep 1
}
SSH="ssh -o BatchMode=yes -o UserKnownHostsFile=$work/known_hosts -o GlobalKnownHostsFile=/dev/null -F /dev/null"
mkdir -p /run/sshd 2>/dev/null


sshd_on 18723
ssh-keygen -q -t ed25519 -N "" -f old_key
printf "[127.0.0.1]:18723 %s\n" "$(cut -d" " -f1,2 old_key.pub)" > known_hosts
$SSH -p 18723 deploy@127.0.0.1 true
exit 0
