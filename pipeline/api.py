"""newsbeam's Python API: ``ingest`` a batch into a dataset (``open_dataset``, in
``pipeline.reading``, reads it back; ``pipeline.result`` is what a run returns).

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
from newsbeam.pipeline.errors import EXIT_INTERRUPTED, RunFailed, UsageError
from newsbeam.pipeline.result import IngestResult, outcome, result_of, top_reasons

log = logging.getLogger("newsbeam")

PARTITION_BY = ("date", "source,date")
MODES = ("append", "overwrite")


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
    settle_without_pandas(location, cfg.write.partition_by)
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


def settle_without_pandas(location, partition_by) -> None:
    """``dataset.settle_empty_tables`` after a run, with pandas refused (``workers.pandas_refused``;
    nothing changes where pandas is loaded already). An empty table's zero-row file comes from
    ``Schema.empty_table``, on which pyarrow imports pandas: after a run whose stages ran in
    worker processes, this process had not imported it yet, and did so then, 0.4 s of CPU
    (about 0.9 s of wall on a loaded machine) at the end of every such run with a table empty,
    most often rejects (bench/README.md, issue 20 seventh pass)."""
    from newsbeam.pipeline.workers import pandas_refused
    from newsbeam.transforms.io.dataset import settle_empty_tables

    with pandas_refused():
        settle_empty_tables(location, partition_by)


def _record_interrupted(cfg, flags: list[str], command, started: float) -> None:
    """The manifest of a run stopped by Ctrl-C: status interrupted, with what it had counted."""
    from newsbeam.pipeline import run as runs

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
            settle_without_pandas(location, cfg.write.partition_by)
    except OSError as exc:  # a second Ctrl-C, a vanished output: the interrupt still wins
        log.warning("could not record the interrupted run: %s", exc)
