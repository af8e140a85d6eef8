#!/usr/bin/env bash
# Reproduces ssh/no-matching-host-key-type: client and server share no host key algorithm (old ssh-rsa server vs OpenSSH 8.8+ client).
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh ssh-keygen sshd
ssh_sandbox
ssh-keygen -q -t rsa -b 2048 -N "" -f host_rsa
start_server /usr/sbin/sshd -f /dev/null -h "$work/host_rsa" -o ListenAddress=127.0.0.1 -o Port=18726 -o PidFile="$work/rsa.pid" -o HostKeyAlgorithms=ssh-rsa -o UsePAM=no -D -e 2>/dev/null
sleep 1
$SSH -p 18726 deploy@127.0.0.1 true
$SSH -o KexAlgorithms=diffie-hellman-group1-sha1 -p 18726 deploy@127.0.0.1 true
exit 0
