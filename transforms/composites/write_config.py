"""What the phases of a write share: the write's configuration, how an article travels between
them (sealed: pickled and zstd-compressed, as bytes; in a run that stays in one process, a
ticket to the object itself) and the stat pairs they count. No Beam here."""
from __future__ import annotations

import contextlib
import dataclasses
import itertools
import pickle
import threading
from collections.abc import Sequence
from typing import Any

import zstandard

from newsbeam.schemas.records import Article
from newsbeam.transforms.io.dataset import ArticleRows, Location

WRITE_MODES = ("append", "overwrite")
PARTITION_SCHEMES = {"date": ("date",), "source,date": ("source", "date")}


@dataclasses.dataclass(frozen=True)
class Chunking:
    """This write is bounded run ``index`` of a run cut into chunks (``pipeline.run``);
    ``later_inputs`` are the inputs of the chunks after it (``merge.settle_across_chunks``)."""

    index: int
    later_inputs: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class WriteConfig:
    location: Location
    run_id: str
    partition_by: tuple[str, ...] = ("date",)
    mode: str = "append"
    target_file_rows: int = 1_000_000
    target_file_bytes: int = 128 * 2**20
    chunking: Chunking | None = None

    def __post_init__(self):
        if self.mode not in WRITE_MODES:
            raise ValueError(f"mode must be one of {WRITE_MODES}, not {self.mode!r}")
        if self.partition_by not in PARTITION_SCHEMES.values():
            raise ValueError(f"partition_by must be one of {list(PARTITION_SCHEMES)}")


# Articles travel from the parse to the bucket files sealed, as bytes: the local runner copies
# every element of a Flatten through a buffer, and bytes are copied where records would be
# unpickled and pickled again; and an article written as it came is not pickled a second time.
# Measured on 10,000 feed entries with one worker: the Flatten before the bucket shuffle 1.42 s →
# 0.23 s, the rewrite stage 2.0 s → 1.4 s.
# A write to a bucket file is a (kind, value) pair: ("upsert", sealed article), ("upserts", sealed batch),
# ("delete", article_id) or ("touch", "").
UPSERT, DELETE, TOUCH = "upsert", "delete", "touch"
UPSERTS = "upserts"  # (UPSERTS, several articles' rows sealed together: ``seal_many``)


# Sealed, an article is its pickle compressed with zstd at level 1: the bytes that cross the
# runner between stages (the grouping by index shard, the bucket shuffle) are a third to a half
# of the pickle's (6.7 KB -> 2.0 KB on the generated article corpus, where the runner's data
# plane carried 74 MB per 4,000 articles).
#
# A run whose stages all run in this process (``kept_in_process``: the local runner with one
# worker, or its threads) never pickles it: ``seal`` keeps the object in this process's
# ``_kept`` table and returns a ticket (``_TICKET`` and a number, 9 bytes), and ``unseal`` takes
# the object back out (once: a ticket is spent when it is unsealed). There the bytes only moved
# between buffers of one process: two pickles per article (170 us each in a run at load 17) and
# two unpicklings (30 us each), and the runner's buffers held the pickles (peak RSS of a
# one-worker run 45 to 80 MB higher on 4,000 articles; bench/README.md, "Stop 33"). The objects
# are frozen dataclasses and tuples: a stage that receives one cannot change what the stage
# that sealed it still holds.
#
# ``unseal`` reads all three forms (a pickle starts with its PROTO opcode, a zstd frame with its
# magic number, a ticket with ``_TICKET``). Sealed bytes never leave the run; the table is
# emptied when the last ``kept_in_process`` block ends (a failed run's tickets are never unsealed).
_local = threading.local()  # zstd contexts are not safe to share between threads
_PICKLE_PROTO = pickle.PROTO[0]  # the first byte of a pickle of protocol 2 or later
_TICKET = 0x01  # neither PROTO (0x80) nor the first byte of zstd's magic number (0x28)
_kept: dict[int, object] | None = None  # while ``kept_in_process``: the objects sealed, by ticket
_tickets = itertools.count()  # next() is atomic under the GIL: threads of one run share it
_users = 0  # the ``kept_in_process`` blocks open (runs may overlap in threads)
_kept_lock = threading.Lock()


def _contexts() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    contexts = getattr(_local, "contexts", None)
    if contexts is None:
        contexts = _local.contexts = (zstandard.ZstdCompressor(level=1), zstandard.ZstdDecompressor())
    return contexts


@contextlib.contextmanager
def kept_in_process():
    """While it lasts, articles are sealed as tickets to objects kept in this process (see
    above): for a run whose stages all run in this process (the local runner with one worker,
    or on threads), whose sealed bytes never cross a process. Runs that overlap (in threads of
    one process) share the table; it goes when the last of them ends."""
    global _kept, _users
    with _kept_lock:
        if _kept is None:
            _kept = {}
        _users += 1
    try:
        yield
    finally:
        with _kept_lock:
            _users -= 1
            if _users == 0 and _kept is not None:
                _kept.clear()  # what a failed run sealed and never unsealed
                _kept = None


def seal(article: Article | ArticleRows) -> bytes:
    if _kept is not None:
        return pack(article)
    return _contexts()[0].compress(pickle.dumps(article, pickle.HIGHEST_PROTOCOL))


def pack(record) -> bytes:
    """A record of index rows (``pack_many``'s tuple: a decide element's ``IndexRow``s, all of
    one index shard) sealed for the trip to another stage: a ticket while ``kept_in_process``,
    else its pickle without compression. Unlike a sealed article it is never stored or held for
    long: it crosses once to the index commit of the same run, which opens it at once, so zstd
    would spend CPU on both sides to save bytes only briefly buffered (short strings per row, a
    few hundred bytes each). As bytes it is copied, not unpickled and pickled again, where
    Beam's fallback coder did so at each of its three buffers (the decide stage's output, the
    ``AllShardRows`` Flatten, the ``MeetShards`` grouping). ``unseal`` opens it."""
    kept = _kept
    if kept is not None:
        ticket = next(_tickets)
        kept[ticket] = record
        return bytes((_TICKET,)) + ticket.to_bytes(8, "little")
    return pickle.dumps(record, pickle.HIGHEST_PROTOCOL)


def _opened(blob: bytes):
    """The object sealed in ``blob``."""
    first = blob[0]
    if first == _TICKET:
        kept = _kept
        if kept is None:
            raise RuntimeError("an article sealed in another process's run (a ticket) reached this one")
        return kept.pop(int.from_bytes(blob[1:9], "little"))
    return pickle.loads(blob if first == _PICKLE_PROTO else _contexts()[1].decompress(blob))


def pack_many(records: Sequence) -> bytes:
    """Several small records (a decide element's ``IndexRow``s, all of one index shard) packed
    as one (``pack``): one element for Beam to encode, buffer, group and decode, where each row
    was one. ``unpack_many`` opens it."""
    return pack(tuple(records))


def unpack_many(blob: bytes) -> tuple:
    """The records of ``pack_many``, in order."""
    return _opened(blob)


def unseal(blob: bytes) -> Article:
    return _opened(blob)


def seal_many(records: Sequence[Article | ArticleRows]) -> bytes:
    """Several articles (or their rows) sealed as one (``SealBatches``): one pickle, one zstd frame."""
    return seal(tuple(records))  # type: ignore[arg-type]  # a tuple of them seals like one


def unseal_many(blob: bytes) -> tuple:
    """The records of ``seal_many`` (or of ``seal``: one), in order."""
    opened = _opened(blob)
    return opened if type(opened) is tuple else (opened,)  # an ArticleRows is a tuple too


# Whole articles cross two groupings sealed in batches, each of one key and bundle: the grouping by
# index shard (``decide``: Articles) and the bucket shuffle (``stage``: their rows, once extracted).
# Sealed alone, each article was a pickle, a zstd frame that built its own tables, and an element
# for Beam to encode, buffer, group and decode. Measured per article on the generated article
# corpus (4.8 KB, 15.6 quotes; pure build; seal + unseal; process time, best of 7):
#   Article: alone 40 us, 1,424 bytes; 16 a frame 24 us, 507 bytes; 64 a frame 23 us, 413 bytes
#   its rows: alone 63 us, 1,904 bytes; 16 a frame 43 us, 823 bytes; 64 a frame 42 us, 702 bytes
# A batch is sealed at SEAL_BATCH_ARTICLES or SEAL_BATCH_CHARS characters of body, and every open
# batch once SEAL_HELD_ARTICLES or SEAL_HELD_CHARS are held (many bucket keys): what a worker
# holds unsealed is bounded.
SEAL_BATCH_ARTICLES = 32
SEAL_BATCH_CHARS = 2**18
SEAL_HELD_ARTICLES = 512
SEAL_HELD_CHARS = 2**23


class SealBatches:
    """Records (Articles, ArticleRows) gathered by key into batches to seal together. ``add``
    returns the batches to seal now, as (key, records): none, the key's own when it is full, or
    every open one when too many records (or characters) are held; ``drain`` returns the rest (at the end of a
    bundle), keys in sorted order."""

    def __init__(self) -> None:
        self._open: dict[Any, tuple[list, list[int]]] = {}
        self._held = self._held_chars = 0

    def add(self, key, record, chars: int) -> list[tuple[Any, list]]:
        batch, size = self._open.setdefault(key, ([], [0]))
        batch.append(record)
        size[0] += chars
        self._held += 1
        self._held_chars += chars
        if len(batch) >= SEAL_BATCH_ARTICLES or size[0] >= SEAL_BATCH_CHARS:
            del self._open[key]
            self._held -= len(batch)
            self._held_chars -= size[0]
            return [(key, batch)]
        return self.drain() if self._held >= SEAL_HELD_ARTICLES or self._held_chars >= SEAL_HELD_CHARS else []

    def drain(self) -> list[tuple[Any, list]]:
        rest, self._open, self._held, self._held_chars = self._open, {}, 0, 0
        return [(key, rest[key][0]) for key in sorted(rest)]


def unseal_written(blob: bytes) -> Article | ArticleRows:
    """A written article as the bucket rewrite gets it: its rows once the extract phase has
    sealed them (``dataset.rows_of``), the Article itself when nothing extracted it."""
    return _opened(blob)


def stat(name: str, value: int = 1) -> tuple[str, int]:
    return (name, value)


# The articles a run writes come from two decide stages (``transforms.decide``: the articles of
# an index shard, and those a guid rename sent to another shard). They stay two PCollections up
# to the bucket shuffle, and each step on the way is applied to each apart: on the local runner a
# Flatten of two stages' outputs is a buffer in the runner process that ends the fused stage, so
# flattening them before the quote extraction would send every written article through the
# runner once more (50-67 MB on 10,000 articles) and make extraction a stage of its own.
def branches(written) -> tuple:
    """``written`` as a tuple of PCollections: a tuple as it is, one PCollection as a 1-tuple."""
    return tuple(written) if isinstance(written, (tuple, list)) else (written,)


def each(written, label: str, make) -> tuple:
    """``make()`` (a fresh transform) applied to each PCollection of ``written`` apart, labelled
    ``label``, ``label1``, ``label2``...; returns their outputs, in order."""
    return tuple(pcoll | f"{label}{k or ''}" >> make() for k, pcoll in enumerate(branches(written)))
