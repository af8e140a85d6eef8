#!/usr/bin/env bash
# Reproduces ssh/too-many-authentication-failures: the client offers more keys than the server's MaxAuthTries allows (many keys in the agent or ~/.ssh).
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

sshd_on 18727 -o MaxAuthTries=2
ssh-keyscan -p 18727 127.0.0.1 2>/dev/null > known_hosts
for n in 1 2 3 4; do ssh-keygen -q -t ed25519 -N "" -f "key$n"; done
$SSH -i key1 -i key2 -i key3 -i key4 -p 18727 deploy@127.0.0.1 true
exit 0
