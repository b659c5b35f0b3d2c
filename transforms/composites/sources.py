"""ReadFiles: input globs -> Documents, through Beam's FileSystems (local, gs://, s3://, ...)."""
from __future__ import annotations

import logging
import os
from datetime import datetime
from typing import Iterable

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam import pvalue

from newsbeam.schemas import reasons, runstats
from newsbeam.schemas.records import Document, Reject
from newsbeam.transforms.formats.common import STAGE_READ, Limits, too_large
from newsbeam.transforms.formats.warc import Skipped, is_warc, read_warc
from newsbeam.transforms.document import source_name
from newsbeam.transforms.composites.file_weight import (LOCAL_HEADS_BUDGET, deal_heaviest_first, file_weight,
                                                       head_bytes_for)

log = logging.getLogger(__name__)
REJECTS = "rejects"


def printable_path(path: str) -> str:
    """``path`` as text that can be stored: a file name that is not UTF-8 reaches Python with
    its bad bytes as lone surrogates (PEP 383), which no UTF-8 encoder (Beam's coders,
    Parquet) accepts; they are shown as ``\\xff`` escapes instead."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_reject(path: str, fetched_at: datetime) -> Reject | None:
    """A ``bad-path`` Reject for a matched path that cannot be carried through the pipeline
    (not UTF-8), else None."""
    shown = printable_path(path)
    if shown == path:
        return None
    return Reject(source_name(shown), shown, "read", reasons.BAD_PATH,
                  "the file name is not UTF-8; rename the file to read it", None, fetched_at)


def match_files(patterns: Iterable[str], fetched_at: datetime) -> tuple[list[tuple[str, int | None]], list[Reject]]:
    """Every file the globs match (``**`` crosses directories), as distinct ``(path, size)``
    pairs in the order first matched, and a ``bad-path`` reject for each match of a file whose
    name cannot be carried as text. A glob that matches no file is logged."""
    found: dict[tuple[str, int | None], None] = {}  # a file matched by several globs is read once
    rejects: list[Reject] = []
    for pattern in patterns:
        results = FileSystems.match([pattern])
        matched = [(meta.path, meta.size_in_bytes) for result in results for meta in result.metadata_list
                   if not meta.path.rsplit("/", 1)[-1].startswith(".")]
        for path, size in matched:
            bad = path_reject(path, fetched_at)
            if bad is None:
                found.setdefault((path, size))
            else:
                rejects.append(bad)
        if not matched:
            log.warning("input pattern matched no file: %s", printable_path(pattern))
    return list(found), rejects


class _MatchFiles(beam.DoFn):
    """The run's start element -> every file the globs match, once: keyed by the hand that
    reads it (``deal_files``) when ``hands``, else as ``(path, size)``; bad paths as rejects.

    One element does the whole match, so the files need no ``Distinct`` and the deal no
    ``GroupByKey`` of their own: on the local runner each of those was a stage, paid by every
    worker (bench/README.md, "Stop 37, scale")."""

    def __init__(self, patterns: list[str], fetched_at: datetime, hands: int):
        self._patterns = patterns
        self._fetched_at = fetched_at
        self._hands = hands

    def process(self, _start):
        files, rejects = match_files(self._patterns, self._fetched_at)
        for bad in rejects:
            yield pvalue.TaggedOutput(REJECTS, bad)
        yield from deal_files(files, self._hands) if self._hands else files


def deal_files(files: Iterable[tuple[str, int | None]], hands: int) -> list[tuple[int, tuple[str, int | None]]]:
    """Each distinct (path, size), heaviest first (ties by path), with the hand (0 to ``hands`` - 1)
    that reads it: the lightest so far by ``file_weight`` (its bytes plus its head's feed items,
    heads of local files only), so the deal depends on the files alone.

    Before, the files went largest first in turn, by bytes: bytes predict a file's parse poorly
    (0.1 to 1 ms of CPU per KB across feeds) and the turn adds its own unevenness. Against the
    measured parse CPU of the bench's feed files, two hands ended 0.158 / 0.110 s apart (feeds
    4k / 10k) in turn and 0.132 / 0.081 s so; over 1,000 random sets of the 10k files, median
    0.286 against 0.139 s, and at 3 and 4 hands better in 9 sets of 10 (bench/README.md, "Stop
    44, scale8b"). One hand reads no head; many files read less of each (``LOCAL_HEADS_BUDGET``:
    the match is one bundle on one worker), beyond 2,048 none: the deal is then by size alone."""
    distinct = sorted(set(files), key=lambda item: item[0])
    head = head_bytes_for(len(distinct), LOCAL_HEADS_BUDGET) if hands > 1 else 0
    weights = [file_weight(path, size, head) for path, size in distinct]
    dealt = deal_heaviest_first(weights, max(hands, 1))
    order = sorted(range(len(distinct)), key=lambda i: -weights[i])
    return [(dealt[i], distinct[i]) for i in order]


def _files_of_hand(hand: tuple[int, Iterable[tuple[str, int | None]]]):
    return hand[1]


class _ReadFile(beam.DoFn):
    """A file -> one Document; a WARC file -> one Document per HTML response, streamed.

    Every file counts once as an input (``stats``); a WARC's skipped records count by kind
    (``skipped_warc_<kind>``). A WARC is exempt from ``--max-input-bytes`` as a whole (it is
    never held in memory); each of its records is held to it instead.
    """

    REJECTS = "rejects"
    STATS = "stats"

    def __init__(self, fetched_at: datetime, max_bytes: int):
        self._fetched_at = fetched_at
        self._max_bytes = max_bytes

    def process(self, element):
        path, size = element
        source = source_name(path)
        yield pvalue.TaggedOutput(self.STATS, ("inputs", 1))
        try:
            with FileSystems.open(path, compression_type="uncompressed") as fh:
                head = fh.read(4096)
                if is_warc(head):
                    yield from self._warc(fh, source, path)
                    return
                oversize = too_large(size, self._max_bytes)
                if oversize is not None:
                    yield pvalue.TaggedOutput(self.REJECTS, Reject(
                        source, path, STAGE_READ, reasons.TOO_LARGE, oversize, None, self._fetched_at))
                    return
                data = head + fh.read(max(0, self._max_bytes + 1 - len(head)))  # a limit under 4 KiB
        except (OSError, IOError) as exc:
            yield pvalue.TaggedOutput(self.REJECTS, Reject(
                source, path, "read", reasons.READ_ERROR, str(exc), None, self._fetched_at))
            return
        oversize = too_large(len(data), self._max_bytes, at_least=True)  # grew since it was listed
        if oversize is not None:
            yield pvalue.TaggedOutput(self.REJECTS, Reject(
                source, path, STAGE_READ, reasons.TOO_LARGE, oversize, None, self._fetched_at))
            return
        yield Document(source=source, input=path, data=data, fetched_at=self._fetched_at)

    def _warc(self, fh, source: str, path: str):
        fh.seek(0)
        skipped: dict[str, int] = {}
        limits = Limits(max_input_bytes=self._max_bytes)
        for item in read_warc(fh, source=source, input=path, fetched_at=self._fetched_at, limits=limits):
            if isinstance(item, Skipped):
                skipped[item.kind] = skipped.get(item.kind, 0) + 1
            elif isinstance(item, Reject):
                yield pvalue.TaggedOutput(self.REJECTS, item)
            else:
                yield item
        for kind, count in sorted(skipped.items()):
            yield pvalue.TaggedOutput(self.STATS, (runstats.skipped(f"warc_{kind}"), count))


class ReadFiles(beam.PTransform):
    """Globs -> (documents, rejects, stats). Files matched by several globs are read once.

    Applied to the pipeline, or to a run's start element (``start``: one element, whatever it
    is, which other steps of the run may read too, so that their first work joins the match in
    one stage).

    ``stats`` holds ``("inputs", 1)`` per file and the counts of skipped WARC records.

    ``hands``: the local runner's worker count. The files are then dealt to it by
    ``deal_files``, one key per hand: the runner gives each worker one key's group whole, so the
    deal is the files' own, run after run. (A ``Reshuffle`` of ``Distinct``'s output dealt them
    in the order the workers' outputs reached the runner: a thread race.) 0: a ``Reshuffle``, for
    a distributed runner to spread (``pipeline.dask_runner`` deals the files by size there)."""

    def __init__(self, patterns, *, fetched_at: datetime, max_bytes: int, hands: int = 0, label=None):
        super().__init__(label)
        self._patterns = list(patterns)
        self._fetched_at = fetched_at
        self._max_bytes = max_bytes
        self._hands = hands

    def expand(self, start):
        if isinstance(start, pvalue.PBegin):
            start = start | "Start" >> beam.Create([b""], reshuffle=False)
        matched = start | "Match" >> beam.ParDo(
            _MatchFiles(self._patterns, self._fetched_at, self._hands)).with_outputs(REJECTS, main="files")
        if self._hands:
            files = matched.files | "SpreadFiles" >> beam.GroupByKey() | "FilesOfHand" >> beam.FlatMap(_files_of_hand)
        else:
            files = matched.files | "SpreadFiles" >> beam.Reshuffle()
        read = (
            files
            | "Read" >> beam.ParDo(_ReadFile(self._fetched_at, self._max_bytes)).with_outputs(
                _ReadFile.REJECTS, _ReadFile.STATS, main="documents")
        )
        rejects = (matched[REJECTS], read[_ReadFile.REJECTS]) | "AllReadRejects" >> beam.Flatten()
        return read.documents, rejects, read[_ReadFile.STATS]


def is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def missing_literal_paths(patterns) -> list[str]:
    """Local, non-glob inputs that do not exist: a usage error, not a reject."""
    return [p for p in patterns if "://" not in p and not is_glob(p) and not os.path.exists(p)]
