"""A programmable HTTP server on 127.0.0.1 for ingest tests.

Routes map a path to a :class:`Route` (body, status, headers, ETag, delay);
every request is recorded so tests can check what was fetched and how.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    delay: float = 0.0


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    status: int
    body_sent: bool


class LocalServer:
    """``with LocalServer(routes) as server: server.url("/feed.xml")``."""

    def __init__(self, routes: dict[str, Route] | None = None):
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                route = outer.routes.get(self.path.split("?")[0])
                if route is None:
                    self._send(404, b"not found", {"Content-Type": "text/plain"})
                    return
                if route.delay:
                    time.sleep(route.delay)
                headers = {"Content-Type": route.content_type, **route.headers}
                tag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                if route.etag and route.status == 200:
                    headers["ETag"] = tag
                    if self.headers.get("If-None-Match") == tag:
                        self._send(304, b"", {"ETag": tag})
                        return
                self._send(route.status, route.body, headers)

            def _send(self, status, body, headers):
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
                outer.requests.append(Request(self.path, dict(self.headers), status, bool(body)))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def requested(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]
