#!/usr/bin/env bash
# Reproduces ssh/unprotected-private-key-file: a private key readable by other users.
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


sshd_on 18725 -o StrictModes=no
ssh-keyscan -p 18725 127.0.0.1 2>/dev/null > known_hosts
ssh-keygen -q -t ed25519 -N "" -f id_ed25519
# The server must accept the key, or ssh never reads the private half.
cp id_ed25519.pub authorized_keys
chmod 644 id_ed25519
# ssh skips the check for root; run it as an ordinary user.
chmod 755 "$work"; chown nobody id_ed25519 known_hosts
runuser -u nobody -- $SSH -i "$work/id_ed25519" -o IdentitiesOnly=yes -p 18725 nobody@127.0.0.1 true
exit 0
