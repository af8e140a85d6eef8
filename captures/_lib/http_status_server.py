"""Stub HTTP server for capture scripts: every request gets one fixed status.

    python3 http_status_server.py PORT STATUS [BODY]

Listens on 127.0.0.1 only and exits by itself after 20 seconds. A 401 carries a Basic
challenge, as a forge sends for missing or rejected credentials; BODY, when given, is sent as
text/plain with a trailing newline (forges print it and git relays it as "remote: ...").
"""

import http.server
import sys
import threading

LIFETIME_SECONDS = 20


def main() -> None:
    port, status = int(sys.argv[1]), int(sys.argv[2])
    body = (sys.argv[3] + "\n").encode() if len(sys.argv) > 3 else b""

    class FixedStatus(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="git"')
            if body:
                self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", port), FixedStatus)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    threading.Event().wait(LIFETIME_SECONDS)


if __name__ == "__main__":
    main()
