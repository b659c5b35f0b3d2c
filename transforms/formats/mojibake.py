"""Mojibake repair: only where the fix is certain."""
from __future__ import annotations

from schemas.records import Entry


def repair_entry(entry: Entry) -> Entry:
    return entry
