"""newsbeam's own HTTP client: polite, bounded and safe to point at a list of strangers' URLs.

Feed lists come from users, OPML exports and redirects chosen by remote servers, so every fetch
is treated as hostile input:

* time is bounded: a connect timeout, a per-read timeout, and a total ``deadline`` that a
  server trickling one byte a second or stalling mid-body cannot outlive;
* size is bounded: ``max_bytes`` holds for the bytes on the wire *and* after gzip/deflate
  decompression, checked while streaming, so memory stays bounded for a 200 MB body or a bomb;
* where we connect is bounded: http/https only, every redirect hop handled here rather than by
  httpx so each one is checked, and an SSRF guard that refuses private, loopback, link-local,
  multicast and reserved addresses unless the user allowed the host;
* we are polite: a User-Agent naming the project, at most ``per_host_concurrency`` requests in
  flight per host and ``politeness_delay`` seconds between request starts to one host, retries
  with exponential back-off on 5xx and connection errors, and ``Retry-After`` honoured.

Nothing here raises for a bad URL or a bad server: ``Fetcher.fetch`` always returns a
``FetchResult`` whose ``reason`` is a stable reject code (``schemas.reasons``) when it failed.

Use, with a feed list and the per-feed state (``transforms.feedlist``, ``transforms.feedstate``)::

    fetcher = Fetcher(FetchConfig(allow_hosts=frozenset(opts.allow_host)))  # in DoFn.setup()
    state = store.load(spec.name)
    if is_suspended(state, now):
        ...  # a reject with reason "suspended"; update_state leaves the state alone
    etag, last_modified = validators(state, spec.url)
    result = fetcher.fetch(spec.url, etag=etag, last_modified=last_modified,
                           config=spec.fetch_config(fetcher.config))
    store.save(spec.name, update_state(state, result, now))
    # result.reason -> a reject row; result.not_modified -> nothing to parse;
    # else parse result.body with result.headers.

Limits hold per ``Fetcher``: separate Beam workers (processes) do not share the per-host gate.
"""
from __future__ import annotations

import email.utils
import io
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, Mapping
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsbeam.schemas import reasons


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("newsbeam")
    except Exception:  # not installed (a source checkout): still name the project
        return "0+unknown"


USER_AGENT = f"newsbeam/{_version()} (+https://github.com/newsbeam/newsbeam)"
# What feed readers ask for; servers that negotiate on Accept send the feed, not the HTML page.
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
# Only what we can decode with a bounded output per step (zlib's max_length); br and zstd
# decoders have no such bound in the versions we can rely on.
ACCEPT_ENCODING = "gzip, deflate"

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
_STEP = 256 * 1024  # the most a decompressor may produce from one call
_ERROR_BODY_LIMIT = 64 * 1024


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners of one ``Fetcher``.

    Time: ``connect_timeout`` bounds each TCP connect (and TLS handshake), ``read_timeout``
    each socket read or write. ``deadline`` is the total wall-clock budget of one ``fetch()``
    call: every redirect hop, retry, back-off sleep and byte of the body. It starts when the
    first request gets its slot at the per-host gate, so queueing behind other feeds of the same
    host (our own politeness) is not charged to the server. No socket operation or DNS lookup
    is allowed to block past it, so a fetch never outlives it by more than a few milliseconds.

    ``allow_hosts`` names what may resolve to a non-public address: ``"host"`` (any port) or
    ``"host:port"``, where host is a name as written in URLs or an IP address (``"[::1]:8080"``
    for IPv6 with a port). Naming a host allows all of its addresses; naming an IP allows that
    address whichever name led to it.

    Retries: ``retries`` more attempts after 5xx/408/425/429 answers and connection errors,
    ``backoff * 2**n`` seconds apart, or as long as ``Retry-After`` says on 429/503. A
    Retry-After longer than ``max_retry_after``, or than what is left of the deadline, is not
    waited for: the fetch fails with ``http-429``/``http-503`` and ``FetchResult.retry_after``
    tells the caller when to come back.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 60.0
    max_bytes: int = 50 * 2**20
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    user_agent: str = USER_AGENT
    allow_hosts: frozenset[str] = frozenset()
    per_host_concurrency: int = 2
    politeness_delay: float = 1.0
    # Extra CA certificates to trust besides certifi's bundle (a PEM file): a corporate
    # TLS-inspecting proxy's CA, or a test CA.
    ca_file: str | None = None

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "deadline"):
            if not getattr(self, name) > 0:
                raise ValueError(f"FetchConfig.{name} must be > 0, got {getattr(self, name)!r}")
        for name in ("backoff", "max_retry_after", "politeness_delay"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"FetchConfig.{name} must be >= 0, got {getattr(self, name)!r}")
        if self.max_bytes < 1:
            raise ValueError(f"FetchConfig.max_bytes must be >= 1, got {self.max_bytes!r}")
        if self.max_redirects < 0 or self.retries < 0:
            raise ValueError("FetchConfig.max_redirects and retries must be >= 0")
        if self.per_host_concurrency < 1:
            raise ValueError("FetchConfig.per_host_concurrency must be >= 1")
        if not self.user_agent or "\n" in self.user_agent or "\r" in self.user_agent:
            raise ValueError(f"FetchConfig.user_agent must be one non-empty line, got {self.user_agent!r}")
        if isinstance(self.allow_hosts, str):
            raise ValueError("FetchConfig.allow_hosts is a set of 'host' or 'host:port', not a string")
        allow = frozenset(self.allow_hosts)
        for entry in allow:
            parse_allow_host(entry)  # raises ValueError with the offending entry
        object.__setattr__(self, "allow_hosts", allow)


# Fields that belong to the Fetcher as a whole; a per-call config may not change them.
_FETCHER_WIDE = ("allow_hosts", "per_host_concurrency", "politeness_delay", "ca_file")


@dataclass(frozen=True)
class FetchResult:
    """What one ``fetch()`` gave. ``reason`` is None on success (including a 304)."""

    url: str
    final_url: str
    status: int | None
    body: bytes | None
    headers: tuple[tuple[str, str], ...]  # of the final response, lower-case names
    not_modified: bool
    etag: str | None
    last_modified: str | None
    reason: str | None
    detail: str | None
    elapsed: float
    attempts: int  # HTTP requests sent: every redirect hop and every retry
    cache_ttl: float | None  # seconds the response may be reused (Cache-Control max-age, Expires)
    retry_after: float | None = None  # seconds the server asked us to wait (429/503)

    @property
    def ok(self) -> bool:
        return self.reason is None


class FetchError(Exception):
    """A fetch that ends in a reject: carries the stable reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class BlockedHost(FetchError):
    """The host resolves to an address the SSRF guard refuses."""

    def __init__(self, detail: str) -> None:
        super().__init__(reasons.BLOCKED_HOST, detail)


# --- pure helpers ---------------------------------------------------------------------------


def parse_allow_host(entry: str) -> tuple[str, int | None]:
    """``"host"``, ``"host:port"``, ``"1.2.3.4:80"``, ``"::1"``, ``"[::1]:80"`` -> (host, port)."""
    raw = entry.strip().lower()
    host, port = raw, None
    if raw.startswith("["):
        close = raw.find("]")
        if close < 0 or (raw[close + 1 :] and not raw[close + 1 :].startswith(":")):
            raise ValueError(f"allow-host {entry!r}: expected [IPv6] or [IPv6]:PORT")
        host, rest = raw[1:close], raw[close + 2 :]
        port_text = rest or None
    elif raw.count(":") == 1:
        host, port_text = raw.split(":")
    else:  # a bare name, IPv4, or an unbracketed IPv6 address (no port possible)
        port_text = None
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"allow-host {entry!r}: port must be 1-65535")
        port = int(port_text)
    host = host.rstrip(".")
    if not host or any(c.isspace() or c in "/?#@" for c in host):
        raise ValueError(f"allow-host {entry!r}: expected HOST or HOST:PORT")
    if not host.isascii():  # compare as the connection layer sees names: IDNA-encoded
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValueError(f"allow-host {entry!r}: not a valid host name ({exc})") from None
    return host, port


def address_block_reason(address: str) -> str | None:
    """Why the SSRF guard refuses to connect to ``address`` (an IP literal), or None if public.

    Besides the obvious classes, IPv6 forms that embed an IPv4 address (IPv4-mapped, 6to4,
    NAT64, Teredo) are judged by the IPv4 address they reach.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv4-mapped and NAT64 addresses reach exactly the IPv4 address inside them.
        if ip.ipv4_mapped is not None:
            inner = address_block_reason(str(ip.ipv4_mapped))
            return f"{ip} maps to {inner}" if inner else None
        if ip in _NAT64:
            inner = address_block_reason(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
            return f"{ip} translates to {inner}" if inner else None
        # 6to4 and Teredo tunnel towards an IPv4 address: refuse if that one is refused.
        tunnelled = ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if tunnelled is not None:
            inner = address_block_reason(str(tunnelled))
            if inner:
                return f"{ip} tunnels to {inner}"
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip} is {kind.replace('_', '-')}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return f"{ip} is site-local"
    if not ip.is_global:  # shared address space 100.64/10, documentation ranges, ...
        return f"{ip} is not globally routable"
    return None


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def parse_http_date(value: str) -> datetime | None:
    """An RFC 9110 HTTP-date (or its obsolete forms) as an aware UTC datetime, else None."""
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
        if parsed is None:
            return None
        if parsed.tzinfo is None:  # "-0000" means UTC by RFC 5322
            parsed = parsed.replace(tzinfo=timezone.utc)
        # Year 9999 with a negative offset is past datetime.max in UTC.
        return parsed.astimezone(timezone.utc)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# RFC 9111 1.2.2: a delta-seconds value too large to represent counts as 2**31 seconds (68
# years). Clamping while parsing keeps every later sum with a datetime from overflowing.
MAX_DELTA_SECONDS = float(2**31)


def _delta_seconds(value: float) -> float:
    return min(max(0.0, value), MAX_DELTA_SECONDS)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delay-seconds or an HTTP-date.

    A date in the past means "now" (0.0); anything unreadable is None (no advice); a delay
    longer than ``MAX_DELTA_SECONDS`` is that many seconds.
    """
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{1,10}", value):
        return _delta_seconds(float(int(value)))
    when = parse_http_date(value)
    if when is None:
        return None
    return _delta_seconds((when - now).total_seconds())


def cache_ttl(headers: Iterable[tuple[str, str]] | Mapping[str, str], now: datetime) -> float | None:
    """Seconds a response may be reused, from ``Cache-Control`` and ``Expires`` (RFC 9111).

    ``no-store``/``no-cache`` give 0; ``max-age`` beats ``Expires``; ``Age`` is subtracted;
    ``Expires`` is read against the response's ``Date`` when it has one (clock skew).
    None when the response says nothing. At most ``MAX_DELTA_SECONDS``, however many digits
    the server sends (``max-age=99999999999999999999`` must not overflow a timedelta later).
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    values: dict[str, list[str]] = {}
    for name, value in items:
        values.setdefault(name.lower(), []).append(value)
    directives: dict[str, str | None] = {}
    for line in values.get("cache-control", []):
        for part in line.split(","):
            name, _, arg = part.strip().partition("=")
            if name:
                directives.setdefault(name.strip().lower(), arg.strip().strip('"') or None)
    age = 0.0
    age_text = (values.get("age") or [""])[0].strip()
    if age_text.isascii() and age_text.isdigit():
        age = _delta_seconds(float(age_text))
    if "no-store" in directives or "no-cache" in directives:
        return 0.0
    max_age = directives.get("max-age")
    if max_age is not None and re.fullmatch(r"-?\d+", max_age):
        return _delta_seconds(float(max_age) - age)
    expires_values = values.get("expires")
    expires = expires_values[0] if expires_values else None
    if expires is not None:
        when = parse_http_date(expires)
        if when is None:
            return 0.0  # RFC 9111 5.3: an invalid Expires means "already expired"
        date = parse_http_date((values.get("date") or [""])[0]) or now
        return _delta_seconds((when - date).total_seconds() - age)
    return None


def check_url(url: str) -> str | None:
    """Why ``url`` cannot be fetched (a ``bad-url`` detail), or None."""
    if not isinstance(url, str):
        return f"expected a URL as text, found {type(url).__name__}"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        found = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        return f"only http and https URLs are fetched, got {found}"
    if not parts.hostname:
        return "URL has no host"
    if port == 0:
        return "URL has port 0"
    if any(c.isspace() or ord(c) < 32 for c in url):
        return "URL contains whitespace or control characters"
    return None


# --- the network layer: vetted, pinned connections under a deadline ----------------------


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


# --- politeness ------------------------------------------------------------------------------


class _HostGate:
    """Per-host concurrency limit and a minimum spacing between request starts to one host.

    Spacing works by reservation: under the lock each caller takes the next free start time for
    the host and then sleeps until it outside the lock, so threads queue fairly and the injected
    ``sleep``/``clock`` are the only time sources.
    """

    def __init__(self, limit: int, delay: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self._limit = limit
        self._delay = delay
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, deadline: float | None) -> Iterator[None]:
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._limit))
        wait = None if deadline is None else max(0.0, deadline - self._clock())
        if not semaphore.acquire(timeout=wait):
            raise FetchError(reasons.TIMEOUT, f"deadline reached waiting for a free slot at {host}")
        try:
            with self._lock:
                now = self._clock()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self._delay
            if start > now:
                if deadline is not None and start > deadline:
                    raise FetchError(reasons.TIMEOUT, f"deadline reached waiting to be polite to {host}")
                self._sleep(start - now)
            yield
        finally:
            semaphore.release()


# --- decoding with a bounded output ----------------------------------------------------------


class _ZlibStage:
    """One gzip or deflate layer, producing at most ``_STEP`` bytes per decompress call."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._raw_fallback = not self._gzip  # "deflate" is zlib-wrapped by RFC, raw in practice
        self._started = False
        self._finished = False
        self._pending = b""
        self._d = self._new()

    def _new(self):  # noqa: ANN202
        return zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        data = self._pending + data
        self._pending = b""
        while data or not self._finished:
            if self._finished:
                # Another gzip member may follow (concatenated gzip is valid and common);
                # anything else after the end is padding, which browsers ignore too.
                if self._gzip and len(data) < 2 and b"\x1f\x8b".startswith(data):
                    self._pending = data
                    return
                if not (self._gzip and data[:2] == b"\x1f\x8b"):
                    return
                self._d, self._finished = self._new(), False
            try:
                out = self._d.decompress(data, _STEP)
            except zlib.error:
                if self._raw_fallback and not self._started:
                    self._raw_fallback = False
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            self._started = self._started or bool(data)
            if out:
                yield out
            if self._d.eof:
                self._finished = True
                data = self._d.unused_data
            else:
                data = self._d.unconsumed_tail
                # A full step with no input left may mean output is still pending inside zlib.
                if not data and len(out) < _STEP:
                    return

    def finish(self) -> Iterator[bytes]:
        if not self._started or self._finished:
            return  # complete, or an empty body that merely carries a Content-Encoding header
        tail = self._d.flush()
        if tail:
            yield tail
        if not self._d.eof:
            raise zlib.error("compressed stream is truncated")


def _decoding_stages(content_encoding: str | None) -> list[_ZlibStage]:
    stages: list[_ZlibStage] = []
    for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(
                reasons.CORRUPT_COMPRESSION,
                f"Content-Encoding {coding!r} was not asked for (we accept {ACCEPT_ENCODING}) and cannot be decoded",
            )
        stages.append(_ZlibStage(coding))
    return stages


def _pump(stages: list[_ZlibStage], data: bytes) -> Iterator[bytes]:
    if not stages:
        yield data
        return
    for out in stages[0].feed(data):
        yield from _pump(stages[1:], out)


def _drain(stages: list[_ZlibStage]) -> Iterator[bytes]:
    for i, stage in enumerate(stages):
        for out in stage.finish():
            yield from _pump(stages[i + 1 :], out)


# --- the client ------------------------------------------------------------------------------


@dataclass
class _Hop:
    """The outcome of one HTTP request."""

    url: str
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    error: FetchError | None = None
    retryable: bool = False


class Fetcher:
    """Fetches URLs under a ``FetchConfig``. Thread-safe; picklable (the client is lazy).

    Create one per DoFn in ``setup()`` and ``close()`` it in ``teardown()``.
    """

    def __init__(
        self,
        config: FetchConfig = FetchConfig(),
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self._sleep = sleep
        self._clock = clock
        self._init_runtime()

    def _init_runtime(self) -> None:
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._deadlines = _Deadlines()
        self._gate = _HostGate(
            self.config.per_host_concurrency, self.config.politeness_delay, self._clock, self._sleep
        )

    def __getstate__(self) -> dict:
        return {"config": self.config, "sleep": self._sleep, "clock": self._clock}

    def __setstate__(self, state: dict) -> None:
        self.config = state["config"]
        self._sleep = state["sleep"]
        self._clock = state["clock"]
        self._init_runtime()

    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                allow = frozenset(parse_allow_host(entry) for entry in self.config.allow_hosts)
                backend = _VettingBackend(allow, _Budget(self._deadlines, self._clock))
                limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
                self._client = httpx.Client(
                    transport=_PinnedTransport(backend, limits, self.config.ca_file),
                    follow_redirects=False,  # every hop is checked in fetch()
                    trust_env=False,  # an env proxy would connect for us, past the SSRF guard
                )
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        config: FetchConfig | None = None,
    ) -> FetchResult:
        """GET ``url``, following redirects and retrying within the limits; never raises for
        anything the server or the URL does.

        ``etag``/``last_modified`` are the validators stored from the last fetch; a 304 gives
        ``not_modified=True`` and no body. ``config`` is a per-feed variant of the fetcher's
        config (see ``FeedSpec.fetch_config``); it may not change the fetcher-wide fields
        ``allow_hosts``, ``per_host_concurrency``, ``politeness_delay`` or ``ca_file``.
        """
        cfg = config or self.config
        if config is not None:
            for name in _FETCHER_WIDE:
                if getattr(config, name) != getattr(self.config, name):
                    raise ValueError(f"fetch(config=...) cannot change the fetcher-wide {name}")
        started = self._clock()
        state = _Run(url=url, started=started)
        try:
            return self._run(state, cfg, etag, last_modified)
        finally:
            self._deadlines.until = None

    def _run(self, run: "_Run", cfg: FetchConfig, etag: str | None, last_modified: str | None) -> FetchResult:
        problem = check_url(run.url)
        if problem:
            return run.result(self._clock(), reason=reasons.BAD_URL, detail=problem)
        headers = {"User-Agent": cfg.user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
        # Validators come from an earlier response (stored state): only send ones that are a
        # valid header value, so a corrupted state file cannot fail or smuggle a request.
        if etag and _header_safe(etag):
            headers["If-None-Match"] = etag
        if last_modified and _header_safe(last_modified):
            headers["If-Modified-Since"] = last_modified
        current = run.url
        visited = {_url_key(current)}
        redirects = 0
        retries_left = cfg.retries
        deadline: float | None = None
        while True:
            host = (urlsplit(current).hostname or "").lower()
            try:
                with self._gate.slot(host, deadline):
                    if deadline is None:
                        deadline = self._clock() + cfg.deadline
                        self._deadlines.until = deadline
                    run.attempts += 1
                    hop = self._request(current, headers, cfg, deadline)
            except FetchError as exc:
                hop = _Hop(url=current, error=exc)
            if hop.retryable and retries_left > 0:
                wait = self._retry_wait(hop, cfg, cfg.retries - retries_left)
                # No deadline yet: the host's gate failed before the first request began.
                if wait is not None and (deadline is None or self._clock() + wait < deadline):
                    retries_left -= 1
                    if wait > 0:
                        self._sleep(wait)
                    continue
            if hop.error is None and hop.status in REDIRECT_STATUSES:
                location = _header(hop.headers, "location")
                if location:
                    target = urljoin(current, location.strip())
                    problem = check_url(target)
                    if problem:
                        return run.result(self._clock(), hop, reason=reasons.BAD_URL,
                                          detail=f"redirect from {current} to {target!r}: {problem}")
                    if _url_key(target) in visited:
                        return run.result(self._clock(), hop, reason=reasons.REDIRECT_LOOP,
                                          detail=f"{current} redirects back to {target}")
                    redirects += 1
                    if redirects > cfg.max_redirects:
                        return run.result(self._clock(), hop, reason=reasons.TOO_MANY_REDIRECTS,
                                          detail=f"more than {cfg.max_redirects} redirects (next: {target})")
                    visited.add(_url_key(target))
                    current = target
                    continue
            return self._final(run, hop, etag, last_modified)

    def _final(self, run: "_Run", hop: _Hop, etag: str | None, last_modified: str | None) -> FetchResult:
        now = self._clock()
        if hop.error is not None:
            return run.result(now, hop, reason=hop.error.reason, detail=hop.error.detail)
        status = hop.status or 0
        if status == 304:
            return run.result(now, hop, not_modified=True,
                              etag=_header(hop.headers, "etag") or etag,
                              last_modified=_header(hop.headers, "last-modified") or last_modified)
        if 200 <= status < 300:
            return run.result(now, hop, body=hop.body)
        return run.result(now, hop, reason=reasons.http_status(status),
                          detail=_status_detail(status, hop.body), body=None)

    def _retry_wait(self, hop: _Hop, cfg: FetchConfig, retries_used: int) -> float | None:
        """Seconds to sleep before retrying ``hop``, or None when the server asked for longer
        than we are willing to wait."""
        advice = parse_retry_after(_header(hop.headers, "retry-after"), datetime.now(timezone.utc))
        if advice is not None and hop.status in (429, 503):
            return advice if advice <= cfg.max_retry_after else None
        return min(cfg.backoff * 2**retries_used, cfg.max_retry_after)

    def _request(self, url: str, headers: dict[str, str], cfg: FetchConfig, deadline: float) -> _Hop:
        timeout = httpx.Timeout(connect=cfg.connect_timeout, read=cfg.read_timeout,
                                write=cfg.read_timeout, pool=cfg.connect_timeout)
        client = self._http()
        try:
            request = client.build_request("GET", url, headers=headers, timeout=timeout)
            response = client.send(request, stream=True)
        except BlockedHost as exc:
            return _Hop(url=url, error=exc)
        except httpx.TimeoutException as exc:
            retry = isinstance(exc, httpx.ConnectTimeout) and self._clock() < deadline
            return _Hop(url=url, error=self._timeout(exc, cfg, deadline), retryable=retry)
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.LocalProtocolError)):
                return _Hop(url=url, error=FetchError(reasons.BAD_URL, str(exc)))
            tls = _tls_error(exc)
            if tls is not None:  # a bad certificate stays bad: retrying only costs the server
                return _Hop(url=url, error=FetchError(reasons.CONNECTION, f"TLS: {tls}"))
            return _Hop(url=url, error=FetchError(reasons.CONNECTION, _describe(exc)), retryable=True)
        try:
            hop = _Hop(
                url=url,
                status=response.status_code,
                headers=tuple((k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in response.headers.raw),
            )
            if response.status_code in RETRY_STATUSES:
                hop.retryable = True
                return hop
            if response.status_code in REDIRECT_STATUSES or response.status_code == 304:
                return hop
            limit = cfg.max_bytes if 200 <= response.status_code < 300 else min(cfg.max_bytes, _ERROR_BODY_LIMIT)
            try:
                hop.body = self._read_body(response, hop.headers, limit, strict=limit == cfg.max_bytes)
            except FetchError as exc:
                hop.error = exc
            except httpx.TimeoutException as exc:
                hop.error = self._timeout(exc, cfg, deadline)
            except httpx.TransportError as exc:
                hop.error = FetchError(reasons.CONNECTION, f"while reading the body: {_describe(exc)}")
                hop.retryable = True
            return hop
        finally:
            response.close()

    def _timeout(self, exc: Exception, cfg: FetchConfig, deadline: float) -> FetchError:
        if self._clock() >= deadline - 1e-3:
            return FetchError(reasons.TIMEOUT, f"total deadline of {cfg.deadline:g}s reached")
        kind = "connect" if isinstance(exc, httpx.ConnectTimeout) else "read"
        limit = cfg.connect_timeout if kind == "connect" else cfg.read_timeout
        return FetchError(reasons.TIMEOUT, f"no data for {limit:g}s ({kind} timeout)")

    def _read_body(self, response: httpx.Response, headers: tuple[tuple[str, str], ...],
                   limit: int, *, strict: bool) -> bytes:
        """The decoded body, at most ``limit`` bytes on the wire and after decoding.

        With ``strict`` going over is ``too-large``; otherwise (error pages) it is truncated.
        """
        declared = _header(headers, "content-length")
        if strict and declared and declared.strip().isdigit() and int(declared) > limit:
            raise FetchError(reasons.TOO_LARGE, f"Content-Length {int(declared)} exceeds the cap of {limit} bytes")
        stages = _decoding_stages(_header(headers, "content-encoding"))
        # BytesIO rather than a bytearray: getvalue() hands over its buffer without a copy, so
        # a body at the cap costs max_bytes of memory, not twice that.
        body = io.BytesIO()
        wire = 0

        def take(chunks: Iterator[bytes]) -> bool:
            for out in chunks:
                size = body.tell()
                if size + len(out) > limit:
                    if strict:
                        raise FetchError(reasons.TOO_LARGE,
                                         f"body exceeds the cap of {limit} bytes after decompression")
                    body.write(out[: limit - size])
                    return False
                body.write(out)
            return True

        try:
            for chunk in response.iter_raw():
                wire += len(chunk)
                if wire > limit:
                    if strict:
                        raise FetchError(reasons.TOO_LARGE, f"body exceeds the cap of {limit} bytes on the wire")
                    chunk = chunk[: len(chunk) - (wire - limit)]
                if not take(_pump(stages, chunk)) or wire >= limit and not strict:
                    return body.getvalue()
            take(_drain(stages))
        except zlib.error as exc:
            raise FetchError(reasons.CORRUPT_COMPRESSION, f"cannot decode {_header(headers, 'content-encoding')}: {exc}") from exc
        return body.getvalue()


@dataclass
class _Run:
    """Bookkeeping of one fetch() call."""

    url: str
    started: float
    attempts: int = 0

    def result(self, now: float, hop: _Hop | None = None, *, reason: str | None = None,
               detail: str | None = None, body: bytes | None = None, not_modified: bool = False,
               etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        headers = hop.headers if hop else ()
        wall_now = datetime.now(timezone.utc)
        return FetchResult(
            url=self.url,
            final_url=hop.url if hop else self.url,
            status=hop.status if hop else None,
            body=body,
            headers=headers,
            not_modified=not_modified,
            etag=etag if not_modified else _header(headers, "etag"),
            last_modified=last_modified if not_modified else _header(headers, "last-modified"),
            reason=reason,
            detail=detail,
            elapsed=max(0.0, now - self.started),
            attempts=self.attempts,
            cache_ttl=cache_ttl(headers, wall_now) if headers else None,
            retry_after=parse_retry_after(_header(headers, "retry-after"), wall_now),
        )


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def _header_safe(value: str) -> bool:
    return value.isascii() and value.isprintable() and len(value) < 1024


def _url_key(url: str) -> str:
    """What makes two redirect targets the same: httpx's normalization, without the fragment."""
    try:
        return str(httpx.URL(url).copy_with(fragment=None))
    except (httpx.InvalidURL, ValueError):
        return url


def _tls_error(exc: BaseException) -> ssl.SSLError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _describe(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not text.startswith(type(exc).__name__) else text


def _status_detail(status: int, body: bytes | None) -> str:
    try:
        from http import HTTPStatus

        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "unknown status"
    text = f"HTTP {status} {phrase}"
    if body:
        excerpt = " ".join(body[:200].decode("utf-8", "replace").split())
        if excerpt:
            text += f": {excerpt}"
    return text


__all__ = [
    "ACCEPT", "ACCEPT_ENCODING", "BlockedHost", "FetchConfig", "FetchError", "FetchResult",
    "Fetcher", "USER_AGENT", "address_block_reason", "cache_ttl", "check_url", "parse_allow_host",
    "parse_http_date", "parse_retry_after",
]
