"""Incremental runs: what to do with each article given what the dataset already holds.

The dataset keeps an index (``_state/index/``) of one row per article: its partition, bucket
layout, content hash and update time. Each run meets its articles with that index by
``article_id`` and decides, per article, whether to skip it, insert it, or replace it, and
where its old row must be deleted. Pure functions; ``transforms.composites.decide`` wires them into Beam.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Article, IndexRow, Reject
from newsbeam.transforms.partitions import article_partition, buckets_needed, estimated_bytes
from newsbeam.transforms.normalize import preferred

NEW, CHANGED, UNCHANGED, KEPT, STALE = "new", "changed", "unchanged", "kept", "stale"


@dataclasses.dataclass(frozen=True)
class Decision:
    status: str  # new | changed | unchanged (seen, same content) | stale (older version) | kept
    index_row: IndexRow  # the article's index row after this run; n is the layout it was in
    article: Article | None = None  # the version to write, for new and changed
    delete_from: tuple[str, int] | None = None  # (partition, n) holding a row to remove
    kept: Article | None = None  # the version of this run that won, when there were several
    duplicates: tuple[Article, ...] = ()  # the versions of this run that lost to it


def index_row(article: Article, partition: str, n: int, extractor: str | None = None) -> IndexRow:
    return IndexRow(
        article_id=article.article_id,
        partition=partition,
        n=n,
        content_hash=article.content_hash,
        updated_at=article.updated_at,
        est_bytes=estimated_bytes(article),
        guid_key=guid_key(article),
        extractor=extractor,
        # What ``preferred`` ranks the stored version by, so that a later part of a run cut into
        # chunks can tell whether this version will win again (``settle_across_chunks``).
        input=article.input,
        body_chars=len(article.body),
        bullet_count=len(article.bullets),
    )


def guid_key(article: Article) -> str | None:
    """The feed's own id for the story, scoped to its source. A story whose link changes keeps
    its guid, and through it the article_id it was first given (Miniflux's duplicate bug)."""
    if not article.guid or article.url is None:
        return None  # without a URL the article_id already comes from the guid
    return f"{article.source}\x1f{article.guid}"


def guid_renames(new: Sequence[str], old: Sequence[str]) -> list[tuple[str, str]]:
    """(article_id -> the id to use) for the articles of one guid_key: the id the dataset
    already knows wins, else the smallest of this run's, so a story keeps one row however its
    link changes."""
    if not new:
        return []
    keep = min(old) if old else min(new)
    return sorted({(article_id, keep) for article_id in new if article_id != keep})


def renames_of_guids(new: Iterable[tuple[str, str]], known: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The run's renames, resolved (``resolve_renames``), from its (guid_key, article_id) pairs
    and the dataset's for the same keys: ``guid_renames`` per guid key of this run. The same
    answer whatever order the pairs come in, so each decide worker computes it from its side
    inputs instead of the pairs meeting in a shuffle of their own."""
    ids: dict[str, tuple[list[str], list[str]]] = {}
    for key, article_id in new:
        ids.setdefault(key, ([], []))[0].append(article_id)
    for key, article_id in known:
        if key in ids:
            ids[key][1].append(article_id)
    return resolve_renames(pair for key in sorted(ids) for pair in guid_renames(*ids[key]))


def resolve_renames(renames: Iterable[tuple[str, str]]) -> dict[str, str]:
    """One final id for every id the renames of a run touch, the targets included (mapped to
    themselves), whatever order the renames come in.

    Renames of different guid keys can chain or conflict when one article_id carries two guids
    (a link reused across stories): a renamed to b under one guid, b to c under another. Chains
    are followed to their end (a and b both end at c); an id renamed two ways takes the smaller
    target; ids renamed in a circle all end at the smallest of the circle.
    """
    step: dict[str, str] = {}
    ids: set[str] = set()
    for source, target in sorted(renames):
        ids.update((source, target))
        if source != target:
            step.setdefault(source, target)
    final: dict[str, str] = {}
    for start in sorted(ids):
        path, at = [], start
        while at in step and at not in final and at not in path:
            path.append(at)
            at = step[at]
        end = final.get(at) or (min(path[path.index(at):]) if at in path else at)
        for visited in path:
            final[visited] = end
        final.setdefault(start, end)
    return final


def _is_newer(article: Article, old: IndexRow) -> bool | None:
    """True/False when both versions carry an update time, None when that cannot decide."""
    if article.updated_at is None or old.updated_at is None:
        return None
    return article.updated_at > old.updated_at


def _less_than(article: Article, old: IndexRow) -> bool:
    """Whether ``article`` has less than the stored version its index row describes: a
    smaller size (a body cut short, content gone), or no guid or update time where the stored
    one had them. Asked only of an article recovered from a document that is not well-formed,
    which never replaces a stored article with less of it (a response cut off inside an
    item's content must not overwrite the full article with its description)."""
    if estimated_bytes(article) < (old.est_bytes or 0):
        return True
    if old.guid_key and guid_key(article) is None:
        return True
    return old.updated_at is not None and article.updated_at is None


def decide(versions: Sequence[Article], old_rows: Sequence[IndexRow], *,
           partition_by: Sequence[str], mode: str, extractor: str | None = None) -> Decision:
    """What a run does with the versions of one article_id it holds, given its index row.

    ``extractor`` is the version of the quote rules the run extracts with: an article seen
    again with the same content is unchanged only if its rows were written with that version;
    otherwise it is written again (``changed``), its quotes extracted anew."""
    old = min(old_rows, key=lambda r: r.partition) if old_rows else None
    if not versions:
        assert old is not None, "decide() needs a version of the article or its index row"
        return Decision(KEPT, old)
    ordered = sorted(versions, key=lambda a: (a.input, a.content_hash))
    article = functools.reduce(preferred, ordered)
    duplicates = tuple(v for v in ordered if v is not article)
    partition = article_partition(article, partition_by)
    if old is not None and article.published_at is None:
        # An undated article is filed under the day it was first fetched; keep it there.
        partition = old.partition
    if old is not None and mode == "append":
        newer = _is_newer(article, old)
        if newer is False and article.updated_at != old.updated_at:
            return Decision(STALE, old, kept=article, duplicates=duplicates)
        if article.content_hash == old.content_hash and not newer and (
                extractor is None or old.extractor == extractor):
            return Decision(UNCHANGED, old, kept=article, duplicates=duplicates)
        if article.recovered and _less_than(article, old):
            return Decision(STALE, old, kept=article, duplicates=duplicates)
    same_place = old is not None and old.partition == partition
    delete_from = None if old is None or same_place else (old.partition, old.n)
    return Decision(
        CHANGED if old is not None else NEW,
        index_row(article, partition, old.n if same_place and old is not None else 0, extractor),
        article=article,
        delete_from=delete_from,
        kept=article,
        duplicates=duplicates,
    )


@dataclasses.dataclass(frozen=True)
class Layout:
    """How many bucket files a partition has after this run (``n``) and had before (``n_old``).

    ``rebuild``: every bucket file must be rewritten from all the files there, because files of
    another layout than the index's were found (a run that crashed while re-bucketing).
    """

    n: int
    n_old: int
    rebuild: bool = False


def plan_layout(rows: int, est_bytes: int, n_old: int, *, target_rows: int, target_bytes: int) -> Layout:
    """Keep a partition's bucket count while it fits; otherwise split it afresh.

    The slack (up to twice the target before splitting, no merging until half) keeps busy
    partitions from being re-bucketed on every run.
    """
    need = buckets_needed(rows, est_bytes, target_rows=target_rows, target_bytes=target_bytes)
    if n_old:
        fewest = buckets_needed(rows, est_bytes, target_rows=2 * target_rows,
                                target_bytes=2 * target_bytes)
        if fewest <= n_old <= 2 * need:
            return Layout(n_old, n_old)
    return Layout(need, n_old)


def duplicate_reject(loser: Article, kept: Article) -> Reject:
    """A version that lost to another in the same run: not lost, merged, and said so."""
    where = "the same input" if loser.input == kept.input else kept.input
    return Reject(loser.source, loser.input, "dedup", reasons.DUPLICATE,
                  f"same article_id {kept.article_id} as an entry of {where}; that version is kept",
                  loser.title[:200] or None, loser.fetched_at, loser.run_id)


# --------------------------------------------------------------------------- runs cut in chunks
#
# A large local run is cut into bounded runs ("chunks", ``pipeline.run.plan_chunks``), each
# committed before the next starts. Two versions of one article in inputs of different chunks
# must end as one run over all of them would end them: the version ``preferred`` picks is kept
# and the other is a ``duplicate`` reject, whatever the chunking, and a re-run changes nothing.
# Two rules do it: a chunk's winner meets the winners of the earlier chunks of the run
# (``Contender`` records carried between chunks), and it meets the stored version when that
# came from an input of a later chunk of this run, which will come again.


@dataclasses.dataclass(frozen=True)
class Contender:
    """What ``preferred`` ranks a version by, and what a duplicate reject says of it."""

    article_id: str
    input: str
    content_hash: str
    stamp: float  # updated_at as a POSIX time, -inf without one
    body_chars: int
    bullet_count: int
    source: str = ""
    title: str = ""
    fetched_at: datetime | None = None
    run_id: str = ""

    def to_json(self) -> dict:
        return {**dataclasses.asdict(self), "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
                "stamp": None if self.stamp == float("-inf") else self.stamp}

    @classmethod
    def from_json(cls, value: Mapping) -> "Contender":
        fetched = value.get("fetched_at")
        return cls(**{**value, "stamp": float("-inf") if value.get("stamp") is None else value["stamp"],
                      "fetched_at": datetime.fromisoformat(fetched) if fetched else None})


def contender_of(article: Article) -> Contender:
    stamp = article.updated_at.timestamp() if article.updated_at else float("-inf")
    return Contender(article.article_id, article.input, article.content_hash, stamp, len(article.body),
                     len(article.bullets), article.source, article.title[:200], article.fetched_at, article.run_id)


def contender_of_row(row: IndexRow) -> Contender | None:
    """The stored version, from its index row (None for rows written before ranks were kept)."""
    if row.input is None or row.body_chars is None:
        return None
    stamp = row.updated_at.timestamp() if row.updated_at else float("-inf")
    return Contender(row.article_id, row.input, row.content_hash, stamp, row.body_chars,
                     row.bullet_count or 0)


def beats(a: Contender, b: Contender) -> bool:
    """Whether ``preferred`` keeps ``a`` over ``b`` (the same total order)."""
    ra, rb = (a.stamp, a.body_chars, a.bullet_count), (b.stamp, b.body_chars, b.bullet_count)
    if ra != rb:
        return ra > rb
    return (a.input, a.content_hash) < (b.input, b.content_hash)


def same_version(a: Contender, b: Contender) -> bool:
    return a.input == b.input and a.content_hash == b.content_hash


@dataclasses.dataclass(frozen=True)
class Settled:
    """How a chunk's winner fares against the rest of its run: ``lost_to`` the version that is
    kept instead (it is then a duplicate), or else on to ``decide``; ``beaten`` is an earlier
    chunk's winner that it beats (then a duplicate); ``winner`` goes on to the later chunks."""

    winner: Contender
    lost_to: Contender | None = None
    beaten: Contender | None = None


def settle_across_chunks(article: Article, seen: Contender | None, stored: Contender | None,
                         later_inputs: frozenset[str] | set[str]) -> Settled:
    """``article`` won its chunk; ``seen`` won the earlier chunks of the run (if any saw its
    id); ``stored`` is the version the dataset holds. A version stored from an input of a
    later chunk is kept when it ranks higher: that input comes again, and the version would
    otherwise be replaced now and restored then, on every run."""
    mine = contender_of(article)
    if seen is not None and not same_version(seen, mine):
        if beats(seen, mine):
            return Settled(seen, lost_to=seen)
        return Settled(mine, beaten=seen)
    if seen is None and stored is not None and stored.input in later_inputs \
            and not same_version(stored, mine) and beats(stored, mine):
        return Settled(stored, lost_to=stored)
    return Settled(mine)


# A version of this run's input always carries its fetch time; a contender read from an index row
# has none, and is never the loser of this run's input that a reject is written for.
_EPOCH = datetime.fromtimestamp(0, UTC)


def duplicate_reject_of(loser: Contender, kept: Contender) -> Reject:
    """``duplicate_reject`` for a version known by its ``Contender`` record."""
    where = "the same input" if loser.input == kept.input else kept.input
    return Reject(loser.source, loser.input, "dedup", reasons.DUPLICATE,
                  f"same article_id {kept.article_id} as an entry of {where}; that version is kept",
                  loser.title or None, loser.fetched_at or kept.fetched_at or _EPOCH, loser.run_id)


# --- The streaming variant's rule: one version of each article_id per window of polls ---------

MAX_FINGERPRINTS = 16


def is_new_version(seen: Sequence[str], fingerprint: str) -> bool:
    """The dedup rule, per identity (an article_id): pass a value on the first time its identity
    is seen, and again when its fingerprint (an article's ``content_hash``) is one not seen
    before. Remembering more than the last fingerprint keeps a poll answered out of order (an
    older version arriving after a newer one) from writing the older version again."""
    return fingerprint not in seen


def remember(seen: Sequence[str], fingerprint: str) -> tuple[str, ...]:
    """``seen`` with ``fingerprint`` added, the oldest dropped past ``MAX_FINGERPRINTS``."""
    return (*seen, fingerprint)[-MAX_FINGERPRINTS:]
