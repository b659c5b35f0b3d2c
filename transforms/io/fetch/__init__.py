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

Use, with a feed list and the per-feed state (``transforms.feedlist``, ``transforms.io.feedstate``)::

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

The package by concern: ``config`` (FetchConfig, FetchResult, the errors), ``addresses`` (URL
checks and the SSRF guard's verdict on an address), ``headers`` (HTTP dates, caching,
Retry-After), ``transport`` (vetted, pinned connections under a deadline), ``hosts`` (per-host
limits), ``decoding`` (bounded Content-Encoding), ``client`` (``Fetcher``). Import the public
names from here.

``Fetcher`` (and with it httpx, httpcore and ssl: 0.1 to 0.3 s of CPU) is imported when it is
first asked for: a run that reads files only builds its graph with ``FetchConfig`` and
``FetchResult`` and never fetches.
"""
from typing import TYPE_CHECKING

from newsbeam.transforms.io.fetch.addresses import address_block_reason, check_url, parse_allow_host
from newsbeam.transforms.io.fetch.config import (
    ACCEPT,
    ACCEPT_ENCODING,
    USER_AGENT,
    BlockedHost,
    FetchConfig,
    FetchError,
    FetchResult,
)
from newsbeam.transforms.io.fetch.headers import MAX_DELTA_SECONDS, cache_ttl, parse_http_date, parse_retry_after

if TYPE_CHECKING:
    from newsbeam.transforms.io.fetch.client import Fetcher


def __getattr__(name: str):
    if name == "Fetcher":
        from newsbeam.transforms.io.fetch.client import Fetcher

        return Fetcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACCEPT", "ACCEPT_ENCODING", "BlockedHost", "FetchConfig", "FetchError", "FetchResult",
    "Fetcher", "MAX_DELTA_SECONDS", "USER_AGENT", "address_block_reason", "cache_ttl", "check_url", "parse_allow_host",
    "parse_http_date", "parse_retry_after",
]
