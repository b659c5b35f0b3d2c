"""The per-feed overrides a feed list may set (``OVERRIDES``) and the parsers of their values:
durations (``15m``), sizes (``5MiB``), counts, flags, one-line text. Pure functions."""
from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass
from typing import Callable


class _BadValue(ValueError):
    pass


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxstring, _REPR.maxother = 2, 4, 4, 80, 80


def _show(value: object) -> str:
    """A short repr for messages: a YAML alias bomb must not become a gigabyte of text."""
    return _REPR.repr(value)


_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)\s*(ms|d|h|m|s))", re.I)
_UNIT_SECONDS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?", re.I)
_SIZE_FACTORS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
                 "ki": 2**10, "kib": 2**10, "mi": 2**20, "mib": 2**20, "gi": 2**30, "gib": 2**30}


def parse_duration(value: object) -> float:
    """Seconds from a number or a string like ``"90"``, ``"15m"``, ``"1h30m"``, ``"500ms"``."""
    if isinstance(value, bool):
        raise _BadValue(f"expected a duration, found {_show(value)}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip().lower().replace(" ", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            seconds = float(text)
        elif text and re.fullmatch(f"(?:{_DURATION.pattern})+", text, re.I):
            seconds = sum(float(n) * _UNIT_SECONDS[u.lower()] for n, u in _DURATION.findall(text))
        else:
            raise _BadValue(f"expected a duration such as 300, '90s', '15m' or '1h', found {_show(value)}")
    else:
        raise _BadValue(f"expected a duration, found {type(value).__name__}")
    if not seconds > 0 or seconds == float("inf"):
        raise _BadValue(f"expected a positive duration, found {_show(value)}")
    return seconds


def parse_size(value: object) -> int:
    """Bytes from an integer or a string like ``"512k"``, ``"5MB"``, ``"5MiB"``."""
    if isinstance(value, bool):
        raise _BadValue(f"expected a size, found {_show(value)}")
    if isinstance(value, int):
        size = value
    elif isinstance(value, str) and (m := _SIZE.fullmatch(value.strip())):
        size = int(float(m.group(1)) * _SIZE_FACTORS[(m.group(2) or "").lower()])
    else:
        raise _BadValue(f"expected a size in bytes such as 1048576, '512k' or '5MiB', found {_show(value)}")
    if size < 1:
        raise _BadValue(f"expected a positive size, found {_show(value)}")
    return size


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _BadValue(f"expected a whole number >= 0, found {_show(value)}")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _BadValue(f"expected true or false, found {_show(value)}")
    return value


def _one_line(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or "\n" in value or "\r" in value:
        raise _BadValue(f"expected one non-empty line of text, found {_show(value)}")
    return value.strip()


@dataclass(frozen=True)
class Override:
    parse: Callable[[object], object]
    config_field: str | None  # the FetchConfig field it sets, None for scheduling keys
    help: str


# Per-feed keys a feed list may set. allow_hosts is deliberately absent: only the person running
# newsbeam may open the SSRF guard (--allow-host), never a feed list from somewhere else.
OVERRIDES: dict[str, Override] = {
    "enabled": Override(_flag, None, "false skips the feed"),
    "interval": Override(parse_duration, None, "seconds between polls in watch mode"),
    "timeout": Override(parse_duration, "deadline", "total time allowed for one fetch"),
    "max_bytes": Override(parse_size, "max_bytes", "size cap of the body (at most --max-input-bytes)"),
    "user_agent": Override(_one_line, "user_agent", "User-Agent header for this feed"),
    "retries": Override(_count, "retries", "retries on 5xx and connection errors"),
    "max_redirects": Override(_count, "max_redirects", "redirects followed"),
}
