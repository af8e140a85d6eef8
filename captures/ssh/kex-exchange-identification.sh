#!/usr/bin/env bash
# Reproduces ssh/kex-exchange-identification: something accepts the TCP connection but closes or
# resets it before the SSH banner exchange (MaxStartups, fail2ban/firewall, wrong service).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires python3 ssh
enter_work_dir
cat > closer.py <<'PY'
import socket, struct, sys, threading
def serve(port, reset):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port)); s.listen()
    while True:
        c, _ = s.accept()
        c.recv(256)  # read the client's banner, then hang up without answering
        if reset:
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        c.close()
threading.Thread(target=serve, args=(18931, False), daemon=True).start()
serve(18932, True)
PY
start_server python3 closer.py
sleep 1
ssh -F /dev/null -o BatchMode=yes -p 18931 deploy@127.0.0.1 true
ssh -F /dev/null -o BatchMode=yes -p 18932 deploy@127.0.0.1 true
exit 0
