"""What newsbeam remembers about each feed between runs: validators, health and schedule.

One small JSON file per feed under the output's ``_state/feeds/``, named from a slug and a hash
of the feed's name (never the raw name: a name is user input and may hold ``../``), written
atomically (temp file in the same directory, fsync, ``os.replace``) so a run that dies never
leaves half a state file. State is a cache: a missing or unreadable file only means the next
fetch is unconditional.

``update_state`` is pure: (old state, fetch result, now) -> new state.

* A success (a 200 or a 304) clears the failure count and any suspension, stores the new
  ETag/Last-Modified, and schedules the next poll from Cache-Control/Expires (``cache_ttl``),
  clamped to ``max_ttl`` so a year-long max-age cannot silence a feed.
* A failure keeps the validators, counts one more consecutive failure, and honours the
  server's Retry-After. From the ``suspend_after``-th consecutive failure on, the feed is
  suspended for ``suspend_for``, doubling with each further failure up to ``max_suspend``.
* A result with reason ``suspended`` (the caller skipped the feed) changes nothing.

The state also says what the last document the feed served came to when parsed
(``parse_reason``/``parse_detail``: ``malformed``, ``no-entries``, ``not-a-feed``... or None
when it read cleanly). A full response clears it; ``with_parse_outcome`` sets it from the parse
rejects of this run's document, joined with the fetch state by feed before the state is saved
(``transforms.composites.feeds.JoinParseOutcomes``). A 304 or a failed fetch keeps it: the document last
served has not changed. A parse problem is *not* a fetch failure: it neither counts towards
suspension nor delays the next poll, and the validators are kept. The server answered; backing
off would only delay noticing the fix, and a conditional GET of an unchanged broken document
costs a 304.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta, timezone

from newsbeam.schemas import reasons
import pyarrow.fs as pafs

from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.io.fetch import FetchResult

log = logging.getLogger(__name__)

STATE_VERSION = 1
SUSPEND_AFTER = 5
SUSPEND_FOR = timedelta(hours=1)
MAX_SUSPEND = timedelta(days=7)
MAX_TTL = timedelta(days=1)


@dataclass(frozen=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_fetch: str | None = None  # ISO 8601, UTC
    consecutive_failures: int = 0
    suspended_until: str | None = None  # ISO 8601, UTC
    next_fetch_after: str | None = None  # ISO 8601, UTC: from the TTL or Retry-After
    last_reason: str | None = None  # the reject code of the last fetch, None if it succeeded
    last_success: str | None = None  # ISO 8601, UTC
    parse_reason: str | None = None  # the reject code of the last document served, None if it read cleanly
    parse_detail: str | None = None  # that reject's detail

    @property
    def health(self) -> str:
        """``ok``, ``failing`` (the last fetch failed) or the last document's parse reason
        (``malformed``...). Suspension is a matter of time: see ``is_suspended``."""
        if self.consecutive_failures or self.last_reason:
            return "failing"
        return self.parse_reason or "ok"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "FeedState":
        """Reads what ``to_json`` wrote; unknown keys (a newer newsbeam) are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if not isinstance(values.get("url"), str):
            raise ValueError("feed state has no url")
        failures = values.get("consecutive_failures", 0)
        if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
            raise ValueError(f"consecutive_failures must be a whole number >= 0, found {failures!r}")
        for key in ("suspended_until", "next_fetch_after", "last_fetch", "last_success"):
            if values.get(key) is not None:
                _parse_time(values[key])  # raises ValueError for garbage
        return cls(**values)


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("feed state times must be timezone-aware")
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def _capped(seconds: float, cap: timedelta) -> timedelta:
    """``seconds`` as a timedelta of at most ``cap``, compared as numbers first: a server's
    max-age or Retry-After can be larger than any timedelta (OverflowError)."""
    return timedelta(seconds=min(seconds, cap.total_seconds()))


def update_state(
    state: FeedState | None,
    result: FetchResult,
    now: datetime,
    *,
    suspend_after: int = SUSPEND_AFTER,
    suspend_for: timedelta = SUSPEND_FOR,
    max_suspend: timedelta = MAX_SUSPEND,
    max_ttl: timedelta = MAX_TTL,
) -> FeedState:
    """The state after ``result`` (see the module docstring). ``now`` must be aware."""
    if result.reason == reasons.SUSPENDED:
        return state if state is not None else FeedState(url=result.url)
    if state is None or state.url != result.url:
        state = FeedState(url=result.url)  # a new feed, or the list now points elsewhere
    stamp = _iso(now)
    if result.reason is None:
        ttl = result.cache_ttl
        next_after = None
        if ttl is not None and ttl > 0:
            next_after = _iso(now + _capped(ttl, max_ttl))
        if result.not_modified:
            etag = result.etag or state.etag
            last_modified = result.last_modified or state.last_modified
        else:  # a full response replaces the validators, even with none
            etag, last_modified = result.etag, result.last_modified
        return replace(
            state,
            etag=etag,
            last_modified=last_modified,
            last_status=result.status,
            last_fetch=stamp,
            consecutive_failures=0,
            suspended_until=None,
            next_fetch_after=next_after,
            last_reason=None,
            last_success=stamp,
            # A new document is parsed in this run: with_parse_outcome says if it failed to read.
            parse_reason=state.parse_reason if result.not_modified else None,
            parse_detail=state.parse_detail if result.not_modified else None,
        )
    failures = state.consecutive_failures + 1
    suspended_until = None
    if failures >= suspend_after:
        doublings = min(failures - suspend_after, 32)  # 2**32 hours is past any cap
        suspended_until = _iso(now + min(suspend_for * 2**doublings, max_suspend))
    next_after = None
    if result.retry_after is not None and result.retry_after > 0:
        next_after = _iso(now + _capped(result.retry_after, max_ttl))
    return replace(
        state,
        last_status=result.status,
        last_fetch=stamp,
        consecutive_failures=failures,
        suspended_until=suspended_until,
        next_fetch_after=next_after,
        last_reason=result.reason,
    )


# Reject reasons about a whole feed document (not one of its entries), most telling first.
DOCUMENT_REASONS = (
    reasons.MALFORMED, reasons.ENTITY_EXPANSION, reasons.EXTERNAL_ENTITY, reasons.ENCODING,
    reasons.CORRUPT_COMPRESSION, reasons.TOO_LARGE, reasons.TOO_MANY_ENTRIES, reasons.NOT_A_FEED,
    reasons.EMPTY, reasons.NO_ENTRIES, reasons.INTERNAL,
)
DOCUMENT_STAGES = ("read", "parse")
MAX_PARSE_DETAIL = 500


def parse_outcome(rejects) -> tuple[str, str] | None:
    """``(reason, detail)`` of the rejects a feed document got at read/parse time that say the
    document as a whole could not be read (cleanly), or None. Of several, the first reason of
    ``DOCUMENT_REASONS`` wins; of several rejects with that reason, a document-wide one (a
    reader's detail about one entry starts ``entry N``), then the smallest detail, so the
    choice does not depend on the order the rejects arrive in."""
    rank = {reason: k for k, reason in enumerate(DOCUMENT_REASONS)}
    candidates = [r for r in rejects if r.stage in DOCUMENT_STAGES and r.reason in rank]
    if not candidates:
        return None
    best = min(candidates, key=lambda r: (rank[r.reason], r.detail.startswith("entry "), r.detail))
    detail = best.detail
    if len(detail) > MAX_PARSE_DETAIL:
        detail = detail[: MAX_PARSE_DETAIL - 1] + "…"
    return best.reason, detail


def with_parse_outcome(state: FeedState, rejects) -> FeedState:
    """``state`` (after this run's fetch) with what its document came to when parsed: only a
    full response parsed in this run has no ``parse_reason`` yet (``update_state`` cleared it),
    so rejects change nothing else; no rejects leave the state as it is."""
    outcome = parse_outcome(rejects)
    if outcome is None:
        return state
    return replace(state, parse_reason=outcome[0], parse_detail=outcome[1])


def is_suspended(state: FeedState | None, now: datetime) -> bool:
    """Whether the feed must not be fetched at ``now`` because it keeps failing."""
    return bool(state and state.suspended_until and _parse_time(state.suspended_until) > now)


def is_due(state: FeedState | None, now: datetime) -> bool:
    """Whether a poll at ``now`` is allowed: not suspended, and past TTL / Retry-After."""
    if state is None:
        return True
    if is_suspended(state, now):
        return False
    return not (state.next_fetch_after and _parse_time(state.next_fetch_after) > now)


def validators(state: FeedState | None, url: str) -> tuple[str | None, str | None]:
    """(etag, last_modified) to send for ``url``: none if the state is about another URL."""
    if state is None or state.url != url:
        return None, None
    return state.etag, state.last_modified


def state_file_name(name: str) -> str:
    """``<slug>-<16 hex of sha256(name)>.json``: readable, unique and safe as a path."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "feed"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return f"{slug}-{digest}.json"


class FeedStateStore:
    """Feed states as files in ``root`` (the output's ``_state/feeds`` directory): a local path
    or a URI that pyarrow's filesystems understand (``gs://``, ``s3://``), like the dataset.

    Safe for concurrent use on different feeds (one file each); a state is written under a
    temporary name and renamed, so two writers of the same feed leave the last complete write,
    never a mix.
    """

    def __init__(self, root: str) -> None:
        self.root = os.fspath(root)
        self._location = Location.of(self.root)

    @classmethod
    def for_output(cls, output_dir: str) -> "FeedStateStore":
        return cls(layout.uri(Location.of(os.fspath(output_dir)), layout.FEEDS_DIR))

    @property
    def _fs(self):
        return self._location.fs_and_root

    def path(self, name: str) -> str:
        return f"{self._fs[1]}/{state_file_name(name)}"

    def load(self, name: str) -> FeedState | None:
        loaded = self._read(self.path(name))
        if loaded is None:
            return None
        stored_name, state = loaded
        if stored_name != name:  # a hash collision, or a file copied by hand
            log.warning("feed state %s belongs to %r, not %r; ignoring it", self.path(name), stored_name, name)
            return None
        return state

    def save(self, name: str, state: FeedState) -> None:
        fs, base = self._fs
        fs.create_dir(base, recursive=True)
        document = {"version": STATE_VERSION, "name": name, "state": state.to_json()}
        payload = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        tmp = f"{base}/.tmp-{uuid.uuid4().hex}.json"
        try:
            with fs.open_output_stream(tmp) as out:
                out.write(payload)
            fs.move(tmp, self.path(name))
        except BaseException:
            try:
                fs.delete_file(tmp)
            except (FileNotFoundError, OSError):
                pass
            raise

    def all(self) -> dict[str, FeedState]:
        """Every readable state, by feed name; unreadable files are skipped with a warning."""
        fs, base = self._fs
        states: dict[str, FeedState] = {}
        infos = fs.get_file_info(pafs.FileSelector(base, allow_not_found=True))
        for info in sorted(infos, key=lambda i: i.base_name):
            if info.base_name.startswith(".") or not info.base_name.endswith(".json"):
                continue  # temp files of a write in progress or interrupted
            loaded = self._read(info.path)
            if loaded is not None:
                states[loaded[0]] = loaded[1]
        return states

    def _read(self, path: str) -> tuple[str, FeedState] | None:
        fs, _ = self._fs
        try:
            if fs.get_file_info(path).type != pafs.FileType.File:
                return None
            with fs.open_input_stream(path) as fh:
                document = json.loads(fh.read())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("cannot read feed state %s (%s); the feed will be fetched afresh", path, exc)
            return None
        try:
            if not isinstance(document, dict) or not isinstance(document.get("name"), str):
                raise ValueError("not a feed state document")
            if document.get("version") != STATE_VERSION:
                raise ValueError(f"state version {document.get('version')!r}, expected {STATE_VERSION}")
            if not isinstance(document.get("state"), dict):
                raise ValueError("feed state document has no state mapping")
            return document["name"], FeedState.from_json(document["state"])
        except (TypeError, ValueError) as exc:
            log.warning("ignoring feed state %s: %s", path, exc)
            return None


__all__ = [
    "DOCUMENT_REASONS", "FeedState", "FeedStateStore", "MAX_SUSPEND", "MAX_TTL", "SUSPEND_AFTER", "SUSPEND_FOR",
    "is_due", "is_suspended", "parse_outcome", "state_file_name", "update_state", "validators",
    "with_parse_outcome",
]
