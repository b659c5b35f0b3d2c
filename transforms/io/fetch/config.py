"""What a fetch is configured with and what it gives: ``FetchConfig``, ``FetchResult``, the
errors that end in a reject, and the headers newsbeam sends."""
from __future__ import annotations

from dataclasses import dataclass


from newsbeam.schemas import reasons
from newsbeam.transforms.io.fetch.addresses import parse_allow_host


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
