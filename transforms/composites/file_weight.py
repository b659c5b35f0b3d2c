"""What a matched input file weighs to parse, and the deal of files over hands of equal weight:
``ReadFiles`` deals the files to the local runner's workers with it, the Dask runner's
``_plan`` weighs its partitions' files with it (``pipeline/dask_deal.py``).

A file's parse costs about 0.13 s a MB plus 0.5 ms an item (bench/README.md, "Stop 35, Dask"),
so a file weighs its bytes plus ``ITEM_COST`` per item its head lets expect."""
from __future__ import annotations

import heapq
import os
import re
import typing as t

ITEM_COST = 4000  # a feed item's parse, in bytes of its file (bench/README.md, "Stop 35, Dask")
HEAD_BYTES = 65536  # the head of a file whose items are counted
HEADS_BUDGET = 64 * 2**20  # the most bytes of heads one weighing reads
# The local runner's deal weighs every file in its one-bundle match, with the other workers idle:
# 64 KB heads cost 0.13 ms of CPU a file (57 files, 7.7 ms), so 8 MB of heads stay within ~20 ms
# on page-cached local files (a cold disk or NFS: one random read a file, more); remote files
# are never opened for it (``is_local``).
LOCAL_HEADS_BUDGET = 8 * 2**20
MIN_HEAD = 4096  # under this a head's item count says too little: files weigh their size alone
XML_ITEM_MARKS = (b"<item", b"<entry")  # RSS, Atom: counted in a head that opens with "<"
JSON_FEED_MARK = b"jsonfeed.org"  # a JSON object whose head names this is a JSON Feed ...
JSON_FEED_ITEM_MARK = b'"id"'  # ... and its items are counted by their ids
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,31})://")
_LEADING = b" \t\r\n\xef\xbb\xbf"  # whitespace and a UTF-8 byte order mark before the first sign


def is_local(path: bytes | str) -> bool:
    """Whether ``path`` is on this machine (no scheme, or ``file://``): only there a head is cheap
    to read; a ``gs://``/``s3://`` open is a request of its own, tens of ms each, one after the other."""
    scheme = _SCHEME.match(os.fsdecode(path))
    return scheme is None or scheme.group(1).lower() == "file"


def head_items(head: bytes) -> int:
    """The feed items a head shows: RSS ``<item`` / Atom ``<entry`` in XML, ``"id"`` in a JSON
    Feed; none in anything else (JSONL, WARC, text, HTML without them: weighed by size alone, as
    ``ITEM_COST`` was fitted on feed items only)."""
    opening = head.lstrip(_LEADING)[:1]
    if opening == b"<":
        return sum(head.count(mark) for mark in XML_ITEM_MARKS)
    if opening == b"{" and JSON_FEED_MARK in head and b"\n{" not in head:  # one object, not JSON lines
        return head.count(JSON_FEED_ITEM_MARK)
    return 0


def file_items(path: bytes | str, size: int, head_bytes: int) -> int:
    """The items (``head_items``) a file of ``size`` bytes holds, extrapolated from its first
    ``head_bytes``; 0 if unreadable, remote (not ``is_local``: weighed by size, no request made),
    or none there (a JSONL file, a WARC, a compressed one: weighed by size alone). Parsing a feed
    costs about 0.13 s a MB plus 0.5 ms an item (compiled build, feeds 4k, 23 files): by size
    alone the hands' parse was 1.15 s against 2.43 s (the item-dense RDF feeds together), by size
    and the items of a 64 KB head 1.92 s against 1.67 s (``ITEM_COST`` from that fit, not tuned
    to the deal)."""
    if head_bytes <= 0 or size <= 0 or not is_local(path):
        return 0
    from apache_beam.io.filesystems import FileSystems

    try:
        with FileSystems.open(os.fsdecode(path), compression_type="uncompressed") as fh:
            head = fh.read(head_bytes)
    except Exception:  # unreadable here: the read reports it; weigh the size
        return 0
    if not head:
        return 0
    return head_items(head) * size // len(head)


def head_bytes_for(files: int, budget: int = HEADS_BUDGET) -> int:
    """The head read of each of ``files`` files: ``HEAD_BYTES`` within ``budget`` (64 KB each up
    to 1,024 files with ``HEADS_BUDGET``, less beyond, none under ``MIN_HEAD`` each)."""
    head = min(HEAD_BYTES, budget // max(files, 1))
    return head if head >= MIN_HEAD else 0


def file_weight(path: bytes | str, size: int | None, head_bytes: int) -> int:
    """A file's parse work: its size plus ``ITEM_COST`` per item its first ``head_bytes`` let
    expect (none read with 0); at least 1."""
    return max(size or 0, 1) + ITEM_COST * file_items(path, size or 0, head_bytes)


def deal_heaviest_first(weights: t.Sequence[int], hands: int) -> list[int]:
    """The hand (0 to ``hands`` - 1) of each weight: heaviest first (ties by position), each to
    the lightest hand so far (ties to the lowest hand). Dealt in turn instead, a weight's error
    and the deal's own unevenness add up: against the measured parse CPU of 1,000 random sets
    of the bench's 10k feed files, the two hands ended 0.29 s apart at the median in turn by
    size, 0.14 s so (bench/README.md, "Stop 44, scale8b")."""
    loads = [(0, hand) for hand in range(hands)]
    out = [0] * len(weights)
    for i in sorted(range(len(weights)), key=lambda i: -weights[i]):
        load, hand = heapq.heappop(loads)
        out[i] = hand
        heapq.heappush(loads, (load + weights[i], hand))
    return out
