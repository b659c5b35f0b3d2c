"""What the phases of a write share: the write's configuration, how an article travels between
them (sealed: pickled and zstd-compressed, as bytes) and the stat pairs they count. No Beam here."""
from __future__ import annotations

import contextlib
import dataclasses
import pickle
import threading

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
# A write to a bucket file is a (kind, value) pair: ("upsert", pickled article),
# ("delete", article_id) or ("touch", "").
UPSERT, DELETE, TOUCH = "upsert", "delete", "touch"


# Sealed, an article is its pickle compressed with zstd at level 1: the bytes that cross the
# runner between stages (the grouping by index shard, the bucket shuffle) are a third to a half
# of the pickle's (6.7 KB -> 2.0 KB on the generated article corpus, where the runner's data
# plane carried 74 MB per 4,000 articles). A run whose stages all run in this process
# (``kept_in_process``) seals with the pickle alone: there the bytes only move between buffers
# of one process, and compressing and decompressing them was 5 to 6% of a one-worker run's CPU
# (0.75 s of 13 s on 4,000 JSONL articles: ~70 us to compress and ~15 us to decompress each).
# ``unseal`` reads both forms (a pickle starts with its PROTO opcode, a zstd frame with its magic
# number). Sealed bytes never leave the run.
_local = threading.local()  # zstd contexts are not safe to share between threads
_PICKLE_PROTO = pickle.PROTO[0]  # the first byte of a pickle of protocol 2 or later
_compress = True  # False while ``kept_in_process``


def _contexts() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    contexts = getattr(_local, "contexts", None)
    if contexts is None:
        contexts = _local.contexts = (zstandard.ZstdCompressor(level=1), zstandard.ZstdDecompressor())
    return contexts


@contextlib.contextmanager
def kept_in_process():
    """While it lasts, articles are sealed uncompressed: for a run whose stages all run in this
    process (the local runner with one worker), whose sealed bytes never cross a process."""
    global _compress
    before, _compress = _compress, False
    try:
        yield
    finally:
        _compress = before


def seal(article: Article | ArticleRows) -> bytes:
    blob = pickle.dumps(article, pickle.HIGHEST_PROTOCOL)
    return _contexts()[0].compress(blob) if _compress else blob


def _opened(blob: bytes) -> bytes:
    return blob if blob[0] == _PICKLE_PROTO else _contexts()[1].decompress(blob)


def unseal(blob: bytes) -> Article:
    return pickle.loads(_opened(blob))


def unseal_written(blob: bytes) -> Article | ArticleRows:
    """A written article as the bucket rewrite gets it: its rows once the extract phase has
    sealed them (``dataset.rows_of``), the Article itself when nothing extracted it."""
    return pickle.loads(_opened(blob))


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
