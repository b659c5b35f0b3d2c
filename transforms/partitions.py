"""Where an article's rows go, by name: Hive partition paths (``source=S/date=D``, every value
escaped into one path segment) and bucket files (``part-BBBBB-of-NNNNN.parquet``, an article in
bucket ``hash(article_id) % N``), and how many buckets a partition needs. Pure functions; the
files themselves are written by ``transforms.io.dataset``.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence

from newsbeam.schemas.records import Article, Reject

HIVE_DEFAULT = "__HIVE_DEFAULT_PARTITION__"
PARTITION_MEMO = 4096  # (columns, values) -> path: a run's dates x sources, bounded
MAX_SEGMENT_BYTES = 180  # file systems allow 255 bytes a name; leave room for "source="
_PART_FILE = re.compile(r"^part-(\d{5})-of-(\d{5})\.parquet$")
# Characters Hive's FileUtils.escapePathName escapes, plus every control character.
_HIVE_UNSAFE = set('"#%\'*/:=?\\{[]^') | {chr(c) for c in range(0x20)} | {"\x7f"}


def hive_escape(value: str | None) -> str:
    """A partition value made safe as one path segment, escaped the way Hive escapes it.

    ``../../etc`` becomes ``..%2F..%2Fetc``: no value can add a directory level. Over-long
    values are cut and given a hash suffix so that distinct values stay distinct.
    """
    if value is None or value == "":
        return HIVE_DEFAULT
    if _HIVE_UNSAFE.isdisjoint(value):  # a date, a source name: nothing to escape (a C scan)
        escaped = value
    else:
        escaped = "".join(f"%{ord(ch):02X}" if ch in _HIVE_UNSAFE else ch for ch in value)
    if escaped in (".", ".."):
        escaped = escaped.replace(".", "%2E")
    if len(escaped.encode("utf-8")) > MAX_SEGMENT_BYTES:
        digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
        cut = escaped.encode("utf-8")[: MAX_SEGMENT_BYTES - 17].decode("utf-8", "ignore")
        escaped = f"{cut}~{digest}"
    return escaped


def partition_path(values: Sequence[tuple[str, str | None]]) -> str:
    """``source=S/date=D`` from (column, value) pairs."""
    return "/".join(f"{column}={hive_escape(value)}" for column, value in values)


def article_partition(article: Article, partition_by: Sequence[str]) -> str:
    """The article's partition path. A run asks it twice an article (its bundle's sizes for the
    layouts, then ``merge.decide``, in another stage) and its articles share a few dates and
    sources: the path of each (columns, values) is built once (``_partition_of``)."""
    values = tuple(article.date if column == "date" else article.source for column in partition_by)
    return _partition_of(tuple(partition_by), values)


@functools.lru_cache(maxsize=PARTITION_MEMO)
def _partition_of(columns: tuple[str, ...], values: tuple[str, ...]) -> str:
    return partition_path(list(zip(columns, values)))


def reject_partition(reject: Reject) -> str:
    return partition_path([("date", reject.fetched_at.strftime("%Y-%m-%d"))])


def bucket_of(article_id: str, n: int) -> int:
    if n <= 1:
        return 0
    digest = hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % n


def bucket_file(bucket: int, n: int) -> str:
    return f"part-{bucket:05d}-of-{n:05d}.parquet"


def parse_bucket_file(name: str) -> tuple[int, int] | None:
    match = _PART_FILE.match(name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def buckets_needed(rows: int, est_bytes: int, *, target_rows: int, target_bytes: int) -> int:
    return max(1, -(-rows // target_rows), -(-est_bytes // target_bytes))


def estimated_bytes(article: Article) -> int:
    """A rough compressed size of the article's rows: zstd shrinks news text about 3x.

    Its quote rows are counted as half the body again (quoted text plus each row's columns), so
    the estimate is the same before and after extraction: layouts are planned from articles
    whose quotes are not extracted yet."""
    raw = len(article.body) * 3 // 2 + len(article.title) + len(article.summary or "") + 200
    raw += sum(len(b) for b in article.bullets)
    return raw // 3
