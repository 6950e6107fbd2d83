"""A programmable HTTP server on 127.0.0.1 for ingest tests.

Routes map a path to a :class:`Route` (body, status, headers, ETag and
Last-Modified validators, a delay before answering, a slow drip of the body,
no Content-Length) or to a list of routes answered in turn (the last one
repeats: "500 then success"). Every request is recorded with its time so
tests can check what was fetched, how, and when.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Wed, 05 Feb 2020 09:00:00 GMT"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    last_modified: bool = False
    delay: float = 0.0            # seconds before the status line
    drip: float = 0.0             # seconds between body chunks of ``drip_size`` bytes
    drip_size: int = 16
    content_length: bool = True   # False: no Content-Length, the body ends when the connection closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    status: int
    body_sent: bool
    at: float = 0.0


class LocalServer:
    """``with LocalServer(routes) as server: server.url("/feed.xml")``."""

    def __init__(self, routes: dict[str, Route | list[Route]] | None = None):
        self.routes: dict[str, Route | list[Route]] = dict(routes or {})
        self.requests: list[Request] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else headers and body wait on delayed ACKs (40 ms a request)

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                route = outer._route(path)
                if route is None:
                    self._send(404, b"not found", {"Content-Type": "text/plain"})
                    return
                if route.delay:
                    time.sleep(route.delay)
                headers = {"Content-Type": route.content_type, **route.headers}
                if route.status == 200:
                    tag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                    if route.etag:
                        headers["ETag"] = tag
                    if route.last_modified:
                        headers["Last-Modified"] = LAST_MODIFIED
                    if (route.etag and self.headers.get("If-None-Match") == tag) or (
                            not route.etag and route.last_modified
                            and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
                        self._send(304, b"", {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")})
                        return
                self._send(route.status, route.body, headers, route)

            def _send(self, status, body, headers, route: Route | None = None):
                with outer._lock:  # recorded before answering: a client that got the answer sees the record
                    outer.requests.append(Request(self.path, dict(self.headers), status, bool(body), time.monotonic()))
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    if route is None or route.content_length:
                        self.send_header("Content-Length", str(len(body)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    self.end_headers()
                    if body and route is not None and route.drip:
                        for start in range(0, len(body), route.drip_size):
                            self.wfile.write(body[start:start + route.drip_size])
                            self.wfile.flush()
                            time.sleep(route.drip)
                    elif body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (size cap, timeout): that is what some tests want

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def _route(self, path: str) -> Route | None:
        with self._lock:
            route = self.routes.get(path)
            if isinstance(route, list):
                n = self._served.get(path, 0)
                self._served[path] = n + 1
                return route[min(n, len(route) - 1)]
            return route

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def requested(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]
