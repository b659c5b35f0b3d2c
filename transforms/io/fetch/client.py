"""``Fetcher``: the client, which follows and vets every redirect hop, retries, honours
Retry-After and returns a ``FetchResult`` for every URL, never raising."""
from __future__ import annotations

import io
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from newsbeam.schemas import reasons
from newsbeam.transforms.io.fetch.addresses import check_url, parse_allow_host
from newsbeam.transforms.io.fetch.config import (
    _FETCHER_WIDE,
    ACCEPT,
    ACCEPT_ENCODING,
    REDIRECT_STATUSES,
    RETRY_STATUSES,
    BlockedHost,
    FetchConfig,
    FetchError,
    FetchResult,
)
from newsbeam.transforms.io.fetch.decoding import _decoding_stages, _drain, _pump
from newsbeam.transforms.io.fetch.headers import cache_ttl, parse_retry_after
from newsbeam.transforms.io.fetch.hosts import _HostGate
from newsbeam.transforms.io.fetch.transport import _Budget, _Deadlines, _PinnedTransport, _VettingBackend

_ERROR_BODY_LIMIT = 64 * 1024


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

