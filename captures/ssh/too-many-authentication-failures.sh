#!/usr/bin/env bash
# Reproduces ssh/too-many-authentication-failures: the client offers more keys than the server's MaxAuthTries allows (many keys in the agent or ~/.ssh).
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh sshd ssh-keygen ssh-keyscan
ssh_sandbox
sshd_on 18727 -o MaxAuthTries=2
ssh-keyscan -p 18727 127.0.0.1 2>/dev/null > known_hosts
for n in 1 2 3 4; do ssh-keygen -q -t ed25519 -N "" -f "key$n"; done
$SSH -i key1 -i key2 -i key3 -i key4 -p 18727 deploy@127.0.0.1 true
exit 0
