#!/usr/bin/env bash
# Reproduces ssh/unprotected-private-key-file: a private key readable by other users.
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh sshd ssh-keygen ssh-keyscan
ssh_sandbox
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
