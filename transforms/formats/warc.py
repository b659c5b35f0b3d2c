"""Web archives: WARC files (``.warc``, ``.warc.gz``, per-record gzip as in Common Crawl's
CC-NEWS), read record by record with FastWARC, so memory stays flat in the size of the file.

Each HTTP response record whose payload is HTML becomes a ``Document`` for the HTML page
reader: ``url`` from ``WARC-Target-URI``, ``fetched_at`` from ``WARC-Date``, ``headers`` (the
charset among them) from the archived HTTP response. Every other record is skipped and
counted by kind (``Skipped``): ``warcinfo``, ``request``, ``metadata``, ``revisit``,
``resource``, ... and ``non-html`` or ``http-error`` responses. A record that is cut short,
fails its block digest, or has a header that cannot be read becomes a ``Reject``; the reader
then looks for the next record (the next gzip member, or the next ``WARC/1.`` line) and
carries on, so one bad record never costs the rest of the file.

Pure functions over a binary stream; no Beam.
"""
from __future__ import annotations

import dataclasses
import io
import zlib
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Reject
from newsbeam.transforms.formats.common import STAGE_PARSE, Limits, excerpt, too_large

__all__ = ["Skipped", "is_warc", "read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record's kind as counted in the run's stats (``skipped_warc_<kind>``).
_KINDS = {int(getattr(WarcRecordType, kind)): kind for kind in (
    "warcinfo", "request", "metadata", "revisit", "resource", "conversion", "continuation")}
_RESPONSE = int(WarcRecordType.response)
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."
_SCAN_CHUNK = 1 << 20


@dataclasses.dataclass(frozen=True)
class Skipped:
    """A record that is not an article page, counted by kind."""

    kind: str


def is_warc(head: bytes) -> bool:
    """Whether the first bytes of a file (gzip-compressed or not) start a WARC record."""
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(31).decompress(head[:4096], 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n")[:7] == _WARC_LINE


def read_warc(stream: BinaryIO, *, source: str, input: str, fetched_at: datetime,
              limits: Limits = Limits(), tags: tuple[str, ...] = ()
              ) -> Iterator[Document | Reject | Skipped]:
    """Documents for the HTML responses of a WARC stream, Skipped for the other records,
    Rejects for the broken ones. ``stream`` must be seekable to recover from a broken record
    (a local file or an object-store download); otherwise reading stops at the first one."""
    start = stream.tell()
    # One reject per broken stretch: a failure right after a rejected record, or before any
    # good record since the last resumption, is the same breakage seen again.
    broken = False
    while True:
        at = start
        try:
            for record in ArchiveIterator(stream, parse_http=False, record_types=WarcRecordType.any_type,
                                          auto_decode="all"):
                at = record.stream_pos
                item = _item(record, source=source, input=input, fetched_at=fetched_at,
                             limits=limits, tags=tags)
                broken = isinstance(item, Reject)
                yield item
            return
        except OSError as exc:  # FastWARC: a header it cannot parse, or a broken gzip member
            if not broken:
                reason = reasons.CORRUPT_COMPRESSION if "zip" in str(exc).lower() else reasons.MALFORMED
                yield Reject(source, input, STAGE_PARSE, reason,
                             f"WARC record at or after byte {at}: {exc}; reading resumes at the next record",
                             None, fetched_at)
            broken = True
        if not _seekable(stream):
            return
        resume = _next_record(stream, at + 1)
        if resume is None:
            return
        start = resume


def _item(record, *, source, input, fetched_at, limits, tags) -> Document | Reject | Skipped:
    where = f"WARC record at byte {record.stream_pos}"
    kind = _KINDS.get(int(record.record_type))
    if kind is not None:
        return Skipped(kind)
    if int(record.record_type) != _RESPONSE:
        return Skipped("other")
    declared = record.headers.get("Content-Length")
    if declared is None or not declared.strip().isdigit():
        return _reject(record, reasons.MALFORMED, f"{where}: no valid Content-Length", source, input, fetched_at)
    oversize = too_large(int(declared), limits.max_input_bytes, where=where)
    if oversize is not None:
        return _reject(record, reasons.TOO_LARGE, oversize, source, input, fetched_at)
    digest = record.headers.get("WARC-Block-Digest")
    if digest and not record.verify_block_digest(consume=False):
        return _reject(record, reasons.TRUNCATED, f"{where}: the block does not match its digest "
                       f"({declared} bytes declared): cut short or corrupt", source, input, fetched_at)
    if not digest:
        # Without a digest the length is the only check: buffer the block and count it.
        block = record.reader.read(int(declared) + 1)
        if len(block) != int(declared):
            return _reject(record, reasons.TRUNCATED,
                           f"{where}: {len(block)} bytes of the {declared} declared", source, input, fetched_at)
        record.set_bytes_content(block)
    try:
        record.parse_http()
    except (OSError, ValueError) as exc:
        return _reject(record, reasons.MALFORMED, f"{where}: HTTP response unreadable: {exc}",
                       source, input, fetched_at)
    http = record.http_headers
    status = http.status_code if http is not None else None
    if not status or not 200 <= status < 300:
        return Skipped("http-error")
    content_type = (record.http_content_type or "").lower()
    payload = record.reader.read(limits.max_input_bytes + 1)
    if content_type and content_type not in _HTML_TYPES:
        return Skipped("non-html")
    if not content_type and not _looks_like_html(payload):
        return Skipped("non-html")
    oversize = too_large(len(payload), limits.max_input_bytes, where=where, at_least=True)
    if oversize is not None:
        return _reject(record, reasons.TOO_LARGE, oversize, source, input, fetched_at)
    headers = tuple((str(k).lower(), str(v)) for k, v in http.items())
    return Document(source=source, input=input, data=payload, fetched_at=_date_of(record, fetched_at),
                    headers=headers, tags=tags, url=record.headers.get("WARC-Target-URI") or None)


def _reject(record, reason: str, detail: str, source: str, input: str, fetched_at: datetime) -> Reject:
    url = record.headers.get("WARC-Target-URI")
    return Reject(source, input, STAGE_PARSE, reason, detail + (f" ({url})" if url else ""),
                  excerpt(url or ""), fetched_at)


def _date_of(record, default: datetime) -> datetime:
    when = record.record_date
    if when is None:
        return default
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _seekable(stream) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, OSError, ValueError):
        return False


def _next_record(stream: BinaryIO, offset: int) -> int | None:
    """The offset of the next plausible record start after ``offset``: a gzip member that
    inflates to a WARC header, or a ``WARC/1.`` line. None at the end of the stream."""
    stream.seek(offset)
    carry = b""
    base = offset
    while True:
        chunk = stream.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        found = [pos for pos in _starts(data) if base + pos > offset]
        if found:
            stream.seek(base + found[0])
            return base + found[0]
        keep = 4096
        carry = data[-keep:]
        base += len(data) - len(carry)


def _starts(data: bytes) -> list[int]:
    """Offsets in ``data`` where a record could start, in order."""
    found = []
    for marker in (_GZIP_MEMBER, _WARC_LINE):
        pos = data.find(marker)
        while pos != -1:
            if marker == _GZIP_MEMBER:
                if _member_is_warc(data[pos:pos + 4096]):
                    found.append(pos)
            elif data[pos + 7:pos + 10] in (b"0\r\n", b"1\r\n"):
                found.append(pos)
            pos = data.find(marker, pos + 1)
    return sorted(found)


def _member_is_warc(head: bytes) -> bool:
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(_WARC_LINE)
    except zlib.error:
        return False


def warc_bytes_stream(data: bytes) -> io.BytesIO:
    """A WARC held in memory (``newsbeam extract``, a fetched body) as a seekable stream."""
    return io.BytesIO(data)
