"""newsbeam's Python API: ``ingest`` a batch into a dataset, ``open_dataset`` to read it back.

The command line, ``watch``, the benchmarks and the tests call these; the configuration objects
(``RunConfig``, ``WriteConfig``, ``Limits``, ``FetchConfig``) are built here from plain keyword
arguments, so nothing needs the argument parser. Every argument after ``output`` is
keyword-only.

    >>> import newsbeam
    >>> result = newsbeam.ingest(["examples/inputs/*"], "out")
    >>> result.articles, result.status, result.exit_code
    >>> ds = newsbeam.open_dataset("out")
    >>> ds.to_pandas("quotes").head()
"""
from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsbeam.transforms.io import layout
from newsbeam.pipeline.errors import EXIT_INTERRUPTED, EXIT_NOTHING, EXIT_OK, RunFailed, UsageError, hint_for

log = logging.getLogger("newsbeam")

PARTITION_BY = ("date", "source,date")
MODES = ("append", "overwrite")
TABLES = ("articles", "bullets", "quotes", "rejects")
# Feed outcomes that mean the feed is healthy even when it brought nothing new.
_QUIET_FEED_OUTCOMES = ("not-modified", "not-due", "skipped", "disabled")


@dataclasses.dataclass(frozen=True)
class IngestResult:
    """What one ``ingest`` run did. ``exit_code`` is the command line's exit status for it."""

    run_id: str
    status: str  # finished | failed | interrupted
    output: str
    inputs: int  # input files read (feeds are counted in ``feeds``)
    articles: int  # articles written: new or changed
    articles_new: int
    articles_changed: int
    articles_unchanged: int
    bullets: int
    quotes: int
    rejects: int
    rejects_by_reason: Mapping[str, int]
    feeds: Mapping[str, int]  # feed outcomes: {"fetched": 3, "failed": 1, ...}
    seconds: float
    exit_code: int
    problem: str | None  # why exit_code is not 0, in one line
    manifest: Mapping[str, Any] = dataclasses.field(repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.exit_code == EXIT_OK

    @property
    def reject_ratio(self) -> float:
        return _reject_ratio(self.manifest["summary"])


def _reject_ratio(summary: Mapping[str, Any]) -> float:
    """Failed inputs or items over everything read: merged duplicates are not failures."""
    failures = summary["rejects"] - summary["rejects_by_reason"].get("duplicate", 0)
    seen = summary["articles"] + summary["articles_unchanged"] + summary.get("duplicates_merged", 0)
    return failures / (failures + seen) if failures + seen else 0.0


def outcome(summary: Mapping[str, Any], *, max_reject_ratio: float | None) -> tuple[int, str | None]:
    """The exit status of a finished run and, when it is not 0, why (SPEC: exit status 3)."""
    feeds = summary.get("feeds", {})
    seen = summary["articles"] + summary["articles_unchanged"] + summary.get("duplicates_merged", 0)
    quiet_feeds = sum(v for k, v in feeds.items() if k in _QUIET_FEED_OUTCOMES)
    failed_feeds = feeds.get("failed", 0) + feeds.get("suspended", 0)
    if seen == 0 and quiet_feeds == 0 and (summary["rejects"] or failed_feeds):
        if feeds and failed_feeds == sum(feeds.values()) and not summary["inputs"]:
            return EXIT_NOTHING, f"nothing was ingested: every feed failed ({failed_feeds} feeds)"
        return EXIT_NOTHING, (f"nothing was ingested: every input was rejected "
                              f"({summary['rejects']} rejects)")
    if feeds and failed_feeds == sum(feeds.values()):
        return EXIT_NOTHING, f"every feed failed ({failed_feeds} feeds)"
    ratio = _reject_ratio(summary)
    if max_reject_ratio is not None and ratio > max_reject_ratio:
        return EXIT_NOTHING, (f"{ratio:.0%} of what was read was rejected, above "
                              f"--max-reject-ratio {max_reject_ratio:g}")
    return EXIT_OK, None


def top_reasons(summary: Mapping[str, Any], n: int = 5) -> list[tuple[str, int, str | None]]:
    """The run's most frequent reject reasons, each with what to do about it."""
    ranked = sorted(summary["rejects_by_reason"].items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [(reason, count, hint_for(reason)) for reason, count in ranked]


# --------------------------------------------------------------------------- configuration


def _as_list(value: str | os.PathLike | Iterable[str | os.PathLike] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    return [os.fspath(v) for v in value]


def _feeds(feeds) -> tuple:
    """Feeds from a feed-list path (YAML or OPML), or a sequence of ``FeedSpec``s or of dicts
    with ``name``, ``url`` and optional ``tags``."""
    if feeds is None:
        return ()
    from newsbeam.transforms.feedlist import FeedSpec, load_feed_list

    if isinstance(feeds, (str, os.PathLike)):
        path = os.fspath(feeds)
        try:
            specs, problems = load_feed_list(path)
        except OSError as exc:
            raise UsageError(f"cannot read the feed list {path}: {exc.strerror or exc}") from None
        for problem in problems:
            log.warning("feed list: %s (entry left out)", problem)
        if not specs:
            raise UsageError(f"the feed list {path} holds no usable feed")
        return tuple(specs)
    out = []
    for item in feeds:
        if isinstance(item, FeedSpec):
            out.append(item)
        elif isinstance(item, Mapping) and "url" in item:
            out.append(FeedSpec(name=str(item.get("name") or item["url"]), url=str(item["url"]),
                                tags=tuple(item.get("tags", ()))))
        else:
            raise UsageError(f"a feed must be a FeedSpec or a mapping with a url, not {item!r}")
    return tuple(out)


def beam_flags(runner: str | None, pipeline_options: Sequence[str] | Mapping[str, Any] | None) -> list[str]:
    """Beam's flags from ``runner`` and ``pipeline_options`` (flags, or a mapping of option
    names to values: ``{"direct_num_workers": 2}``), checked against the options Beam knows."""
    from newsbeam.pipeline import options

    if isinstance(pipeline_options, Mapping):
        flags = []
        for key, value in pipeline_options.items():
            name = "--" + key.lstrip("-")
            if value is True:
                flags.append(name)
            elif value not in (None, False):
                flags.append(f"{name}={value}")
    else:
        flags = list(pipeline_options or [])
    if runner:
        flags = [f"--runner={runner}"] + [f for f in flags if not f.startswith("--runner")]
    unknown = options.unknown_beam_flags(flags)
    if unknown:
        raise UsageError(unknown_option_message(unknown[0], options.known_option_names(options.beam_parser())))
    return options.beam_args(flags)


def unknown_option_message(name: str, candidates: list[str]) -> str:
    from newsbeam.pipeline.options import closest

    suggestion = closest(name, candidates)
    return f"unknown option {name}" + (f" (did you mean {suggestion}?)" if suggestion else "")


def _check_output(output: str) -> None:
    if "://" in output:
        return
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise UsageError(f"--output {output} is a file, not a directory")
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise UsageError(f"--output {output} cannot be created: {parent} is not writable")


def _count_matches(patterns: list[str]) -> tuple[int, list[str]]:
    """How many files the inputs match, and the patterns that match none."""
    from apache_beam.io.filesystems import FileSystems

    total, empty = 0, []
    for pattern in patterns:
        try:
            found = [m for r in FileSystems.match([pattern]) for m in r.metadata_list
                     if not m.path.rsplit("/", 1)[-1].startswith(".")]
        except Exception:  # noqa: BLE001 (Beam raises BeamIOError, or a scheme's own errors)
            found = []
        if not found:
            empty.append(pattern)
        total += len(found)
    return total, empty


# --------------------------------------------------------------------------- ingest


def run_config(
    inputs: str | os.PathLike | Iterable[str | os.PathLike] = (),
    output: str | os.PathLike | None = None,
    *,
    feeds: str | os.PathLike | Iterable[Any] | None = None,
    partition_by: str = "date",
    mode: str = "append",
    allow_hosts: Iterable[str] = (),
    target_file_mb: int = 128,
    target_file_rows: int = 1_000_000,
    limits=None,
    fetch=None,
    fetch_concurrency: int = 16,
    fetch_articles: bool = False,
    on_schedule: bool = False,
    now: datetime | None = None,
):
    """The ``RunConfig`` of one run, checked: what ``ingest`` runs, and what a test or a custom
    pipeline hands to ``build.build_pipeline``. Raises ``UsageError`` for a wrong argument."""
    if output is None:
        raise UsageError("an output directory is required")
    output = os.fspath(output)
    patterns = _as_list(inputs)
    if partition_by not in PARTITION_BY:
        raise UsageError(f"partition_by must be one of {', '.join(PARTITION_BY)}, not {partition_by!r}")
    if mode not in MODES:
        raise UsageError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    for name, value in (("target_file_mb", target_file_mb), ("target_file_rows", target_file_rows),
                        ("fetch_concurrency", fetch_concurrency)):
        if not isinstance(value, int) or value <= 0:
            raise UsageError(f"{name} must be a whole number above 0, not {value!r}")
    _check_output(output)
    specs = _feeds(feeds)
    if not patterns and not specs:
        raise UsageError("nothing to ingest: give at least one input GLOB or a feed list")

    from newsbeam.pipeline.build import RunConfig
    from newsbeam.pipeline.run import new_run_id
    from newsbeam.transforms.io.dataset import Location
    from newsbeam.transforms.io.fetch import FetchConfig
    from newsbeam.transforms.formats.read import Limits
    from newsbeam.transforms.composites.sources import missing_literal_paths
    from newsbeam.transforms.composites.write_config import PARTITION_SCHEMES, WriteConfig

    missing = missing_literal_paths(patterns)
    if missing:
        raise UsageError(f"no such input file: {', '.join(missing)}")
    limits = limits or Limits()
    try:
        fetch = dataclasses.replace(fetch or FetchConfig(max_bytes=limits.max_input_bytes),
                                    allow_hosts=frozenset(allow_hosts) | (fetch.allow_hosts if fetch else frozenset()))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    run_id = new_run_id(now)
    return RunConfig(
        run_id=run_id, fetched_at=now, inputs=tuple(patterns),
        write=WriteConfig(location=Location.of(output), run_id=run_id, partition_by=PARTITION_SCHEMES[partition_by],
                          mode=mode, target_file_rows=target_file_rows,
                          target_file_bytes=target_file_mb * 2**20),
        limits=limits, feeds=specs, fetch=fetch, fetch_concurrency=fetch_concurrency,
        fetch_articles=fetch_articles, on_schedule=on_schedule,
    )


def ingest(
    inputs: str | os.PathLike | Iterable[str | os.PathLike] = (),
    output: str | os.PathLike | None = None,
    *,
    feeds: str | os.PathLike | Iterable[Any] | None = None,
    partition_by: str = "date",
    mode: str = "append",
    runner: str | None = None,
    pipeline_options: Sequence[str] | Mapping[str, Any] | None = None,
    allow_hosts: Iterable[str] = (),
    max_reject_ratio: float | None = None,
    target_file_mb: int = 128,
    target_file_rows: int = 1_000_000,
    chunk_mb: int = 64,
    lock_timeout: float = 0.0,
    limits=None,
    fetch=None,
    fetch_concurrency: int = 16,
    fetch_articles: bool = False,
    progress: bool = False,
    on_schedule: bool = False,
    command: Sequence[str] | None = None,
) -> IngestResult:
    """Ingest files (globs; ``**`` crosses directories) and/or feeds into the dataset at ``output``.

    ``inputs``: a glob or a list of globs; ``feeds``: a feed-list path (YAML or OPML) or a list of
    ``{"name", "url", "tags"}`` mappings. ``partition_by``: ``"date"`` or ``"source,date"``;
    ``mode``: ``"append"`` (insert new and changed articles) or ``"overwrite"`` (replace the
    partitions the run writes). ``runner`` and ``pipeline_options`` (Beam flags, or a mapping such
    as ``{"direct_num_workers": 2}``) go to Beam; the default runner is the in-process one, which
    works offline. ``limits`` (a ``Limits``) and ``fetch`` (a ``FetchConfig``) override the input
    caps and the fetcher; ``allow_hosts`` lets feeds reach private or loopback hosts;
    ``fetch_articles`` fetches the linked page of a feed item under 150 words (cached) for its body;
    ``progress`` shows progress on stderr (a status line on a terminal, log lines elsewhere).

    Returns an ``IngestResult``; its ``exit_code`` is 3 when nothing was ingested or the share of
    rejects is above ``max_reject_ratio``. Raises ``UsageError`` (a ValueError) for a wrong
    argument, before anything is created; ``RunFailed`` when the run fails; and lets
    ``KeyboardInterrupt`` through after recording the run as interrupted.
    """
    if max_reject_ratio is not None and not 0.0 <= max_reject_ratio <= 1.0:
        raise UsageError(f"max_reject_ratio must be between 0 and 1, not {max_reject_ratio!r}")
    if not isinstance(chunk_mb, int) or chunk_mb < 0:
        raise UsageError(f"chunk_mb must be 0 or more, not {chunk_mb!r}")
    cfg = run_config(inputs, output, feeds=feeds, partition_by=partition_by, mode=mode,
                     allow_hosts=allow_hosts, target_file_mb=target_file_mb, target_file_rows=target_file_rows,
                     limits=limits, fetch=fetch, fetch_concurrency=fetch_concurrency,
                     fetch_articles=fetch_articles, on_schedule=on_schedule)
    flags = beam_flags(runner, pipeline_options)
    total_inputs = None
    if cfg.inputs:
        total_inputs, unmatched = _count_matches(list(cfg.inputs))
        if unmatched and not total_inputs and not cfg.feeds:
            raise UsageError(f"no file matches --input {' '.join(unmatched)}")
        for pattern in unmatched:
            log.warning("input pattern matched no file: %s", pattern)

    from newsbeam.pipeline import progress as progress_mod
    from newsbeam.pipeline import run as runs
    from newsbeam.transforms.io.dataset import settle_empty_tables

    location = cfg.write.location
    started = time.monotonic()
    report = progress and runs.is_local_runner(flags)
    guard = InterruptGuard()
    try:
        with guard, progress_mod.ProgressDir() as directory:
            if report:
                cfg = dataclasses.replace(cfg, progress_dir=directory)
            with (progress_mod.ProgressReporter(directory, total_inputs=total_inputs) if report
                  else _nothing()):
                manifest = runs.run_batch(cfg, flags, command=list(command or []), lock_timeout=lock_timeout,
                                          chunk_bytes=chunk_mb * 2**20)
    except (KeyboardInterrupt, RunFailed) as exc:
        if isinstance(exc, RunFailed) and not guard.interrupted:
            raise
        _record_interrupted(cfg, flags, command, started)
        raise KeyboardInterrupt from None
    settle_empty_tables(location, cfg.write.partition_by)
    code, problem = outcome(manifest["summary"], max_reject_ratio=max_reject_ratio)
    manifest = {**manifest, "exit_status": code, "problem": problem,
                "reject_hints": {reason: hint for reason, _, hint in top_reasons(manifest["summary"]) if hint}}
    runs.write_manifest(location, manifest)
    return result_of(manifest, code, problem)


class InterruptGuard:
    """Ctrl-C during a run: Beam's runners catch the KeyboardInterrupt inside a step and fail the
    pipeline with a RuntimeError and a logged traceback. This remembers that the user asked to
    stop (so the run is recorded as interrupted, not failed) and keeps Beam's traceback of it
    out of the log. In the main thread only; a SIGINT the parent process ignores stays ignored."""

    def __init__(self):
        self.interrupted = False
        self._previous = None
        self._filter = logging.Filter()
        self._filter.filter = lambda record: not (self.interrupted and record.name.startswith("apache_beam"))

    def __enter__(self):
        import signal
        import threading

        if threading.current_thread() is threading.main_thread() and \
                signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        for handler in logging.getLogger().handlers:
            handler.addFilter(self._filter)
        return self

    def _handle(self, signum, frame):
        self.interrupted = True
        raise KeyboardInterrupt

    def __exit__(self, *exc):
        import signal

        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self._filter)
        return None


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def _record_interrupted(cfg, flags: list[str], command, started: float) -> None:
    """The manifest of a run stopped by Ctrl-C: status interrupted, with what it had counted."""
    from newsbeam.pipeline import run as runs
    from newsbeam.transforms.io.dataset import settle_empty_tables

    import json

    location = cfg.write.location
    fs, _ = location.fs_and_root
    try:
        try:  # the run may have recorded itself as failed when Beam turned the interrupt into an error
            with fs.open_input_stream(location.path(layout.run_manifest(cfg.run_id))) as fh:
                manifest = json.loads(fh.read())
        except FileNotFoundError:
            manifest = {
                "run_id": cfg.run_id, "command": list(command or []), "output": location.uri,
                "started_at": cfg.fetched_at.isoformat(), "mode": cfg.write.mode,
                "partition_by": list(cfg.write.partition_by), "inputs": list(cfg.inputs),
                "beam_args": flags, "summary": runs._read_stats(location, cfg.run_id).summary(),
            }
        manifest.pop("error", None)
        manifest.update(status="interrupted", exit_status=EXIT_INTERRUPTED, seconds=time.monotonic() - started,
                        finished_at=datetime.now(timezone.utc).isoformat())
        if fs.get_file_info(location.path(layout.DATASET_FILE)).type.name == "File":
            runs.write_manifest(location, manifest)
            settle_empty_tables(location, cfg.write.partition_by)
    except OSError as exc:  # a second Ctrl-C, a vanished output: the interrupt still wins
        log.warning("could not record the interrupted run: %s", exc)


def result_of(manifest: Mapping[str, Any], code: int, problem: str | None) -> IngestResult:
    s = manifest["summary"]
    return IngestResult(
        run_id=manifest["run_id"], status=manifest["status"], output=manifest["output"],
        inputs=s["inputs"], articles=s["articles"], articles_new=s["articles_new"],
        articles_changed=s["articles_changed"], articles_unchanged=s["articles_unchanged"],
        bullets=s["bullets"], quotes=s["quotes"], rejects=s["rejects"],
        rejects_by_reason=dict(s["rejects_by_reason"]), feeds=dict(s["feeds"]),
        seconds=float(manifest.get("seconds") or 0.0), exit_code=code, problem=problem, manifest=manifest)


def format_summary(result: IngestResult) -> str:
    """The run summary the command prints: counts, then the top reject reasons with a hint."""
    from newsbeam.pipeline.run import format_summary as counts

    lines = [counts(dict(result.manifest))]
    reasons = top_reasons(result.manifest["summary"])
    if reasons:
        lines.append("  top reject reasons:")
        for reason, count, hint in reasons:
            lines.append(f"    {reason:<20} {count:>6}" + (f"  {hint}" if hint else ""))
    if result.problem:
        lines.append(f"  exit status {result.exit_code}: {result.problem}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- reading


class Dataset:
    """A newsbeam dataset on disk, for reading: each table for pyarrow, DuckDB, Polars or pandas.

    Files written under schema version 1 (quotes with ``start``/``end``) are read as version 2
    (``start_char``/``end_char``) by every method here.
    """

    def __init__(self, output: str | os.PathLike):
        from newsbeam.transforms.io.dataset import Location

        self.location = Location.of(os.fspath(output))
        fs, root = self.location.fs_and_root
        import pyarrow.fs as pafs

        info = fs.get_file_info(self.location.path(layout.DATASET_FILE))
        if info.type != pafs.FileType.File:
            raise FileNotFoundError(f"{self.location.uri} is not a newsbeam dataset (no {layout.DATASET_FILE})")

    def __repr__(self) -> str:
        return f"Dataset({self.location.uri!r})"

    @property
    def tables(self) -> tuple[str, ...]:
        return TABLES

    def path(self, table: str) -> str:
        self._check(table)
        return self.location.path(table)

    def glob(self, table: str) -> str:
        """``DIR/TABLE/**/*.parquet``: what DuckDB's and Polars' readers take."""
        return f"{self.path(table)}/**/*.parquet"

    def _check(self, table: str) -> None:
        if table not in TABLES:
            raise KeyError(f"no table {table!r}; the tables are {', '.join(TABLES)}")

    def pyarrow(self, table: str):
        """A ``pyarrow.dataset.Dataset`` over the table's files, Hive-partitioned."""
        import pyarrow.dataset as pads

        fs, _ = self.location.fs_and_root
        return pads.dataset(self.path(table), filesystem=fs, format="parquet", partitioning="hive")

    def _is_current(self, table: str) -> bool:
        """Whether every file is of the current schema version (no upgrade needed to read it)."""
        from newsbeam.schemas import tables

        if table not in tables.RENAMED:
            return True
        return all(tables.schema_version_of(f.physical_schema) == tables.SCHEMA_VERSION
                   for f in self.pyarrow(table).get_fragments())

    def to_table(self, table: str, *, columns: Sequence[str] | None = None, filter=None):
        """The table as one ``pyarrow.Table`` (partition columns included), version-1 files
        upgraded."""
        from newsbeam.schemas import tables

        dataset = self.pyarrow(table)
        if self._is_current(table):
            return dataset.to_table(columns=columns, filter=filter)
        import pyarrow as pa
        import pyarrow.dataset as pads

        parts = []
        partition_fields = [f for f in dataset.schema if f.name in ("date", "source")
                            and f.name not in tables.TABLES[table].names]
        target = pa.schema(list(tables.TABLES[table]) + partition_fields)
        for fragment in dataset.get_fragments():
            data = fragment.to_table(schema=fragment.physical_schema)
            keys = pads.get_partition_keys(fragment.partition_expression)
            for name in (f.name for f in partition_fields):
                data = data.append_column(name, pa.array([keys.get(name)] * data.num_rows,
                                                         target.field(name).type))
            parts.append(tables.upgrade(table, data, target))
        result = pa.concat_tables(parts) if parts else target.empty_table()
        if filter is not None:
            result = result.filter(filter)
        return result.select(list(columns)) if columns else result

    def to_pandas(self, table: str, **kwargs):
        return self.to_table(table, **kwargs).to_pandas()

    def to_polars(self, table: str):
        """A Polars ``LazyFrame`` over the table (scanned lazily when no upgrade is needed)."""
        import polars as pl

        if self._is_current(table) and self.location.is_local:
            return pl.scan_parquet(self.glob(table), hive_partitioning=True)
        return pl.from_arrow(self.to_table(table)).lazy()  # type: ignore[union-attr]  # a Table gives a DataFrame

    def duckdb(self, connection=None):
        """A DuckDB connection with one view per table (``articles``, ``bullets``, ``quotes``,
        ``rejects``), so that ``con.sql("select ... from quotes join articles using (article_id)")``
        works as is."""
        import duckdb

        con = connection or duckdb.connect()
        for table in TABLES:
            source = f"read_parquet('{self.glob(table)}', hive_partitioning=true, union_by_name=true)"
            if self._is_current(table):
                con.execute(f"create or replace view {table} as select * from {source}")
            else:  # version-1 files: start/end become start_char/end_char
                have = {row[0] for row in con.execute(f"describe select * from {source}").fetchall()}
                new_cols = [f'coalesce({new}, "{old}") as {new}' if new in have else f'"{old}" as {new}'
                            for old, new in (("start", "start_char"), ("end", "end_char"))]
                con.execute(f"create or replace view {table} as select * exclude "
                            f"(\"start\", \"end\"{', start_char, end_char' if 'start_char' in have else ''}), "
                            f"{', '.join(new_cols)} from {source}")
        return con

    def runs(self) -> list[dict]:
        """The run manifests, oldest first."""
        import json

        import pyarrow.fs as pafs

        fs, root = self.location.fs_and_root
        infos = [i for i in fs.get_file_info(pafs.FileSelector(self.location.path(layout.RUNS), allow_not_found=True))
                 if layout.is_manifest_name(i.base_name)]
        out = []
        for info in sorted(infos, key=lambda i: (i.mtime_ns or 0, i.base_name)):
            with fs.open_input_stream(info.path) as fh:
                out.append(json.loads(fh.read()))
        return out


def open_dataset(output: str | os.PathLike) -> Dataset:
    """The dataset at ``output`` for reading. Raises FileNotFoundError when it is not one."""
    return Dataset(output)
