"""Date parsing to aware UTC datetimes, for the many spellings feeds use."""
from __future__ import annotations

import calendar
import re
import time
from datetime import datetime, timedelta, timezone

from dateutil import parser as dateutil_parser

# Feeds in other languages put local day and month names in RFC 822 dates
# ("Seg, 24 Set 2018"); feedparser only knows English ones.
_LOCAL_NAMES = {
    # Portuguese
    "seg": "Mon", "ter": "Tue", "qua": "Wed", "qui": "Thu", "sex": "Fri", "sáb": "Sat",
    "sab": "Sat", "dom": "Sun", "fev": "Feb", "abr": "Apr", "mai": "May", "ago": "Aug",
    "set": "Sep", "out": "Oct", "dez": "Dec",
    # Spanish
    "lun": "Mon", "mié": "Wed", "mie": "Wed", "jue": "Thu", "vie": "Fri", "ene": "Jan",
    "dic": "Dec",
    # German
    "mo": "Mon", "di": "Tue", "mi": "Wed", "do": "Thu", "fr": "Fri", "sa": "Sat", "so": "Sun",
    "mär": "Mar", "mrz": "Mar", "okt": "Oct",
    # French
    "lundi": "Mon", "mardi": "Tue", "mercredi": "Wed", "jeudi": "Thu", "vendredi": "Fri",
    "samedi": "Sat", "dimanche": "Sun", "janv": "Jan", "févr": "Feb", "fevr": "Feb",
    "avr": "Apr", "juil": "Jul", "déc": "Dec",
}
_WORD = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
# RFC 3339 as JSON lines and most feeds write it: read here as feedparser's W3C-DTF parser reads
# it (whole seconds, the offset subtracted), so that a run of JSON lines needs no feedparser
# (0.09 s of CPU to import, bench/README.md, "Stop 34"); anything else goes to feedparser.
_RFC3339 = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,9})?(?:(Z)|([+-])(\d\d):(\d\d))", re.ASCII)
EPOCH_FLOOR = datetime(1970, 1, 2, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=2)


def _translate(raw: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0).rstrip(".")
        return _LOCAL_NAMES.get(word.lower(), match.group(0))

    return _WORD.sub(swap, raw)


def _rfc3339(raw: str) -> datetime | None:
    """``raw`` as feedparser's ``_parse_date`` reads an RFC 3339 date-time (its first handler,
    W3C-DTF), or None when ``raw`` is not one or is out of range (feedparser then decides)."""
    m = _RFC3339.fullmatch(raw)
    if m is None:
        return None
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    try:
        stamp = datetime(year, month, day, hour, minute, second)
        if not m.group(7):
            sign = -1 if m.group(8) == "-" else 1
            stamp -= timedelta(hours=sign * int(m.group(9)), minutes=sign * int(m.group(10)))
    except (ValueError, OverflowError):
        return None
    return from_struct_time(stamp.utctimetuple())


def _feedparser_date(candidate: str):
    from feedparser.datetimes import _parse_date

    return _parse_date(candidate)


def from_struct_time(value: time.struct_time) -> datetime | None:
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None


def parse_date(value: datetime | str | None) -> datetime | None:
    """An aware UTC datetime from a datetime or a date string, or None when it is not a date.

    Naive values are taken as UTC, as RFC 3339 and the feed specs say.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    raw = " ".join(str(value).split())[:200]
    if not raw:
        return None
    quick = _rfc3339(raw)
    if quick is not None:
        return quick
    for candidate in (raw, _translate(raw)):
        parsed = _feedparser_date(candidate)
        if parsed is not None:
            return from_struct_time(parsed)
    try:
        return parse_date(dateutil_parser.parse(_translate(raw)))
    except (ValueError, OverflowError, TypeError):
        return None


def plausible(value: datetime | None, fetched_at: datetime) -> datetime | None:
    """The date when it could be a real publication date, else None.

    Epoch zero and far-future dates come from broken CMS templates; trusting them would file
    the article under 1970 or 2099.
    """
    if value is None or value < EPOCH_FLOOR or value > fetched_at + FUTURE_SLACK:
        return None
    return value
