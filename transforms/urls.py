"""URL canonicalization: one spelling per story, so the same link from two feeds is one article."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only say how a reader arrived, never which page it is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
        "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "wickedid", "rb_clickid", "s_cid", "ncid", "ocid", "cmpid", "smid", "smtyp",
        "at_medium", "at_campaign", "xtor", "ito", "sr_share", "cid_source",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE_PATH = re.compile(r"[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]")


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


# A URL already in its canonical form but for a missing root path: http(s), a lower-case ASCII
# host (which IDNA leaves as it is), no userinfo, port, query or fragment, and a path of
# characters ``quote`` keeps and no ``%``. Most links of a news site are so; the general
# steps below (split, IDNA, unquote and quote, query filter, join) cost ~20x the match.
_CANONICAL = re.compile(r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?")


def canonicalize_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL, or None when it is not one.

    Lowercases scheme and host (IDNA-encoded), drops userinfo, default ports, the fragment and
    tracking parameters; keeps the order of the remaining parameters, since some sites route on
    it; re-quotes the path so that ``%7e`` and ``~`` are one spelling.
    """
    if not url:
        return None
    url = url.strip()
    simple = _CANONICAL.fullmatch(url)
    if simple is not None:
        return url if simple.group(1) else url + "/"
    return general_canonical_url(url)


def general_canonical_url(url: str) -> str | None:
    """``canonicalize_url`` of a stripped URL, every step taken."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            return None
        host = (parts.hostname or "").rstrip(".")
        if not host:
            return None
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            host = host.lower()
        port = parts.port
    except ValueError:  # a malformed port or IPv6 literal
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=~") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def host_of(url: str | None) -> str | None:
    """The lower-case host of a URL, or None."""
    if not url:
        return None
    try:
        return (urlsplit(url.strip()).hostname or "").lower() or None
    except ValueError:
        return None
