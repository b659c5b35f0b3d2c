"""HTTP dates and the caching headers: how long a response may be reused, how long a server asks
us to wait. Pure functions."""
from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone
from typing import Iterable, Mapping




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
