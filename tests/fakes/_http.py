"""What the local protocol servers share: a threaded HTTP server on 127.0.0.1 answering JSON."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# (method, path with query, headers, raw body) → (status, JSON-able body or raw bytes, extra headers)
Dispatch = Callable[[str, str, dict[str, str], bytes], tuple[int, Any, dict[str, str]]]


def start(dispatch: Dispatch, before: Callable[[str], None] | None = None) -> ThreadingHTTPServer:
    """Serve ``dispatch`` on an ephemeral port in a daemon thread; ``before(path)`` runs first (e.g. a delay)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def _handle(self, method: str) -> None:
            if before is not None:
                before(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, body, headers = dispatch(method, self.path, dict(self.headers), raw)
            raw_body = isinstance(body, bytes)  # a body that is not JSON (a proxy's error page), sent as it is
            data = body if raw_body else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html" if raw_body else "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._handle("GET")

        def do_POST(self) -> None:
            self._handle("POST")

        def do_PUT(self) -> None:
            self._handle("PUT")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # a short poll interval: shutdown() returns within it (the default 0.5 s adds up over many tests)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return server


def stop(server: ThreadingHTTPServer | None) -> None:
    assert server is not None
    server.shutdown()
    server.server_close()
