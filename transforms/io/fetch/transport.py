"""The network layer: vetted, pinned connections under a deadline (the SSRF guard runs where the
socket is opened, so the address checked is the address used)."""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from typing import Callable

import httpcore
import httpx

from newsbeam.transforms.io.fetch.addresses import address_block_reason
from newsbeam.transforms.io.fetch.config import BlockedHost


class _Deadlines(threading.local):
    """The deadline of the fetch running on this thread (None outside a fetch)."""

    until: float | None = None


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read/write timeout is cut to the fetch's remaining budget.

    A per-read timeout alone lets a server that trickles a byte per second hold us forever;
    capping each blocking call at the time left makes the total deadline exact.
    """

    def __init__(self, inner: httpcore.NetworkStream, budget: "_Budget") -> None:
        self._inner = inner
        self._budget = budget

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._budget.cut(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._budget.cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # noqa: ANN001
        timeout = self._budget.cut(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout), self._budget)

    def get_extra_info(self, info: str):  # noqa: ANN201
        return self._inner.get_extra_info(info)


class _Budget:
    def __init__(self, deadlines: _Deadlines, clock: Callable[[], float]) -> None:
        self._deadlines = deadlines
        self._clock = clock

    def cut(self, timeout: float | None, timeout_error: type[Exception]) -> float | None:
        until = self._deadlines.until
        if until is None:
            return timeout
        left = until - self._clock()
        if left <= 0:
            raise timeout_error("deadline reached")
        return left if timeout is None else min(timeout, left)


class _VettingBackend(httpcore.NetworkBackend):
    """Resolves, vets and connects in one step, so the address checked is the address used.

    Why here: httpcore hands the backend the URL's host name and port; the backend resolves the
    name itself, refuses the host if *any* address is non-public (a name that resolves to both
    a public and a private address is exactly what DNS-rebinding attacks use), and then opens
    the TCP connection to the vetted IP literal. httpcore still sends the original Host header
    and uses the original name for TLS SNI and certificate checks, because those come from the
    request URL, not from the socket. There is no second resolution between check and connect
    for an attacker's DNS server to answer differently. Redirect hops open new connections
    (or reuse a pooled one that was vetted when it was opened), so every hop passes through
    here too.
    """

    def __init__(self, allow: frozenset[tuple[str, int | None]], budget: _Budget) -> None:
        self._allow = allow
        self._budget = budget
        self._inner = httpcore.SyncBackend()

    def _allowed(self, host: str, port: int) -> bool:
        return (host, None) in self._allow or (host, port) in self._allow

    @staticmethod
    def _getaddrinfo(host: str, port: int, timeout: float | None) -> list:
        """``socket.getaddrinfo`` that gives up after ``timeout``.

        The system resolver cannot be interrupted and has its own, long, timeouts; a lookup
        that outlives ours is left to finish in its daemon thread, and its answer is dropped.
        """
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass
        else:  # an IP literal: nothing to wait for
            return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        box: dict[str, object] = {}
        done = threading.Event()

        def lookup() -> None:
            try:
                box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except BaseException as exc:  # handed over to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=lookup, name=f"newsbeam-resolve-{host}", daemon=True).start()
        if not done.wait(timeout):
            raise httpcore.ConnectTimeout(f"resolving {host!r} took longer than {timeout:g}s")
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["infos"]  # type: ignore[return-value]

    def resolve(self, host: str, port: int, timeout: float | None = None) -> list[str]:
        """The IP literals to connect to for ``host:port``, all vetted; raises BlockedHost."""
        host = host.lower().rstrip(".")
        try:
            infos = self._getaddrinfo(host, port, self._budget.cut(timeout, httpcore.ConnectTimeout))
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise httpcore.ConnectError(f"{host!r} resolves to no address")
        if self._allowed(host, port):
            return addresses
        for address in addresses:
            why = address_block_reason(address)
            bare = address.split("%", 1)[0].lower()
            if why and not self._allowed(bare, port):
                shown = host if host == bare else f"{host} ({address})"
                allow = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
                raise BlockedHost(f"{shown}: {why}; refused unless allowed with --allow-host {allow}")
        return addresses

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # noqa: ANN001
        addresses = self.resolve(host, port, timeout)
        last: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self._budget.cut(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream, self._budget)
        assert last is not None
        raise last

    def connect_unix_socket(self, *args, **kwargs):  # noqa: ANN002, ANN003
        raise httpcore.ConnectError("unix sockets are never used for fetching")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport with our network backend: no env proxies, no unix sockets.

    httpx 0.28 takes no network backend argument, so instead of letting ``__init__`` build its
    pool (and a second SSL context: tens of milliseconds) we set the one attribute it would set,
    ``_pool``, to a pool over ``_VettingBackend``; ``tests/test_fetch.py`` pins this with a test
    that fails if httpx stops reading the pool from there.
    """

    def __init__(self, backend: _VettingBackend, limits: httpx.Limits, ca_file: str | None) -> None:  # noqa: D107
        # super().__init__() deliberately not called: see the class docstring.
        ssl_context = httpx.create_ssl_context(trust_env=False)
        if ca_file:
            ssl_context.load_verify_locations(cafile=ca_file)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
