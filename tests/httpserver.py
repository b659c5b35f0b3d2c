"""A small programmable HTTP server on 127.0.0.1 for tests that fetch.

Routes map a path to a list of ``Reply`` objects: the n-th request to the path gets the n-th
reply (the last one repeats), so "429, then 200" is ``server.route("/f", Reply(429, ...),
Reply(200, ...))``. A route may instead be a function of the ``Request``. Replies can delay,
stall mid-body, trickle bytes, stream a huge body, redirect, answer conditionally (ETag /
Last-Modified -> 304) or send a gzip bomb. Every request is recorded, and counted per path.

Bounded by construction: handler threads are daemons, every sleep wakes up when the server
stops, and a server refuses (503) any request beyond ``max_requests``.
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import http.server
import socket
import ssl
import threading
import zlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass
class Reply:
    status: int = 200
    body: bytes | Callable[[], Iterable[bytes]] = b""
    headers: Sequence[tuple[str, str]] = ()
    delay: float = 0.0  # before the status line
    stall_after: int | None = None  # bytes of body sent before stalling
    stall_for: float = 0.0
    trickle: float | None = None  # seconds between single bytes of the body
    chunked: bool = False  # Transfer-Encoding: chunked instead of Content-Length
    content_length: int | None = None  # announce this length instead of the real one
    etag: str | None = None  # answer 304 when If-None-Match matches
    last_modified: str | None = None  # answer 304 when If-Modified-Since matches exactly

    def is_not_modified(self, request: Request) -> bool:
        if self.etag is not None and request.headers.get("if-none-match") == self.etag:
            return True
        return (
            self.last_modified is not None
            and "if-none-match" not in request.headers
            and request.headers.get("if-modified-since") == self.last_modified
        )


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, headers=[("Location", location)])


def zeros(total: int, chunk: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
    """A body of ``total`` zero bytes, generated while sending."""

    def generate() -> Iterator[bytes]:
        block = b"\0" * chunk
        left = total
        while left > 0:
            yield block[: min(chunk, left)]
            left -= chunk

    return generate


_BOMB_MEMBER: bytes | None = None


def gzip_bomb(decompressed: int = 2**30) -> bytes:
    """A gzip body of about a thousandth of ``decompressed`` bytes of zeros.

    Built as concatenated copies of one member of 16 MiB of zeros (valid gzip: members may be
    concatenated), so making a 1 GiB bomb costs milliseconds.
    """
    global _BOMB_MEMBER
    member_size = 16 * 2**20
    if _BOMB_MEMBER is None:
        _BOMB_MEMBER = gzip.compress(b"\0" * member_size, compresslevel=9)
    count = max(1, decompressed // member_size)
    return _BOMB_MEMBER * count


def deflate_bomb(decompressed: int = 256 * 2**20) -> bytes:
    """One single zlib stream (no members to split on) of ``decompressed`` zeros."""
    compressor = zlib.compressobj(9)
    block = b"\0" * 2**20
    parts = [compressor.compress(block) for _ in range(decompressed // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


Route = Sequence[Reply] | Callable[[Request], Reply]


class TestServer:
    __test__ = False  # not a pytest class

    def __init__(self, max_requests: int = 500, tls: ssl.SSLContext | None = None) -> None:
        self.max_requests = max_requests
        self.tls = tls
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.hits: dict[str, int] = {}
        self._versions: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    # --- programming ---
    def route(self, path: str, *replies: Reply | Callable[[Request], Reply]) -> str:
        """Serve ``path``; returns its full URL."""
        if len(replies) == 1 and callable(replies[0]) and not isinstance(replies[0], Reply):
            self.routes[path] = replies[0]
        else:
            self.routes[path] = list(replies)  # type: ignore[arg-type]
        return self.url(path)

    def publish(self, path: str, body: bytes, content_type: str = "application/rss+xml",
                headers: Sequence[tuple[str, str]] = ()) -> str:
        """Serve ``body`` like a well-behaved feed host: an ETag and Last-Modified that change
        when the body does, and 304 to a matching conditional request. Publishing again
        replaces the content (a feed that gained items); returns the URL."""
        with self._lock:
            self._versions[path] = self._versions.get(path, 0) + 1
            version = self._versions[path]
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        modified = email.utils.formatdate(1_767_225_600 + version * 60, usegmt=True)  # 2026-01-01 + n min
        return self.route(path, Reply(200, body, headers=[("Content-Type", content_type), *headers],
                                      etag=etag, last_modified=modified))

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        with self._lock:
            return self.hits.get(path, 0)

    # --- lifecycle ---
    def start(self) -> "TestServer":
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        if self.tls is not None:
            self._httpd.socket = self.tls.wrap_socket(self._httpd.socket, server_side=True)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "TestServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- used by the handler ---
    def _reply_for(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            n = self.hits.get(request.path, 0)
            self.hits[request.path] = n + 1
            total = len(self.requests)
        if total > self.max_requests:
            return Reply(503, b"test server request budget exhausted")
        route = self.routes.get(request.path)
        if route is None:
            return Reply(404, b"no such route")
        if callable(route):
            return route(request)
        return route[min(n, len(route) - 1)]

    def _sleep(self, seconds: float) -> bool:
        """Sleeps unless the server stops first; True when it is stopping."""
        return self._stopping.wait(seconds)


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # clients hanging up mid-response is what these tests are about


class _Handler(http.server.BaseHTTPRequestHandler):
    owner: TestServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        request = Request("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
        reply = self.owner._reply_for(request)
        try:
            self._send(request, reply)
        except (BrokenPipeError, ConnectionResetError, socket.timeout, OSError):
            self.close_connection = True

    def _send(self, request: Request, reply: Reply) -> None:
        owner = self.owner
        if reply.delay and owner._sleep(reply.delay):
            return
        if reply.is_not_modified(request):
            self.send_response(304)
            for name, value in reply.headers:
                if name.lower() not in ("content-length", "content-encoding"):
                    self.send_header(name, value)
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.last_modified:
                self.send_header("Last-Modified", reply.last_modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.etag:
            self.send_header("ETag", reply.etag)
        if reply.last_modified:
            self.send_header("Last-Modified", reply.last_modified)
        chunks: Iterable[bytes]
        if callable(reply.body):
            chunks = reply.body()
            length = reply.content_length
        else:
            chunks = [reply.body] if reply.body else []
            length = reply.content_length if reply.content_length is not None else len(reply.body)
        chunked = reply.chunked or length is None
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.flush()
        sent = 0
        for chunk in chunks:
            if reply.trickle is not None:
                for i in range(len(chunk)):
                    self._write(chunk[i : i + 1], chunked)
                    if owner._sleep(reply.trickle):
                        return
                continue
            if reply.stall_after is not None and sent + len(chunk) > reply.stall_after:
                head = chunk[: reply.stall_after - sent]
                if head:
                    self._write(head, chunked)
                owner._sleep(reply.stall_for)
                self.close_connection = True
                return
            self._write(chunk, chunked)
            sent += len(chunk)
            if owner._stopping.is_set():
                return
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _write(self, data: bytes, chunked: bool) -> None:
        if chunked:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        else:
            self.wfile.write(data)
        self.wfile.flush()


__all__ = ["Reply", "Request", "TestServer", "deflate_bomb", "gzip_bomb", "redirect", "zeros"]

