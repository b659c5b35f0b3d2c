"""The streaming variant: poll a feed list forever in one unbounded pipeline, for runners that
stream (Flink, Dataflow, Spark's portable runner in streaming mode).

    ticks (PeriodicImpulse, every --interval s) -> every feed of the list
      -> FetchAndParse (fetch, parse, normalize; rejects aside)
      -> FirstVersions (state per article_id: emit a new id, or a changed content_hash)
      -> ExtractQuotes (only the versions that passed: a repeated item costs no extraction)
      -> FixedWindows(--window s) -> group by partition -> one file per table, window, partition

Output: the dataset layout of the batch command (``articles``/``bullets``/``quotes``/``rejects``,
Hive partitions, zstd Parquet, schemas from ``schemas/``), one file per window:
``TABLE/date=D/win-<start>-<end>.parquet``. Each article version is written once, in the
window of the poll that first saw it. What it does not do, by design: it keeps no ``_state``
index and does not merge with earlier files (write a streaming job to its own ``--output``,
not to a directory the batch command also writes), and the dedup state lives in the runner:
a job restarted without its state (a Flink savepoint, a Dataflow update) sees every article
anew once.

On Beam's local runners windows are written only when the input ends, so a local run is useful
with ``--duration`` (a finite impulse); ``newsbeam watch`` is the local service. Options:

    --feeds FEEDS           YAML feed list or OPML export (required)
    --output DIR            dataset directory or gs:// / s3:// URI (required)
    --partition-by          date (default) or source,date
    --interval SECONDS      seconds between two polls of the feed list (default 300)
    --window SECONDS        length of the fixed windows that group writes (default 300)
    --duration SECONDS      stop polling after this long; 0 (default) polls forever
    --allow-host HOST[:PORT], --fetch-deadline, --max-input-bytes, --max-entries,
    --max-field-chars       as for ``newsbeam run``
    anything else           passed to Beam (--runner, --job_endpoint, ...); --streaming is added
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import time
import typing
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import IterableCoder, StrUtf8Coder
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms import userstate
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.transforms.window import FixedWindows
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Timestamp

from newsbeam.pipeline import options
from newsbeam.pipeline.errors import EXIT_OK, RunFailed, UsageError, exit_for
from newsbeam.pipeline.run import check_layout, new_run_id, output_lock, recover_output
from newsbeam.schemas.records import Article, Reject, reject_identity
from newsbeam.transforms.io import dataset
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.feedlist import FeedSpec, load_feed_list
from newsbeam.transforms.io.fetch import FetchConfig, Fetcher
from newsbeam.transforms.normalize import preferred
from newsbeam.transforms.document import with_quotes
from newsbeam.transforms.formats.read import Limits
from newsbeam.transforms.document import articles_of
from newsbeam.transforms.io.windows import write_window
from newsbeam.transforms.merge import is_new_version, remember
from newsbeam.transforms.composites.write import PARTITION_SCHEMES

log = logging.getLogger("newsbeam.streaming")
REJECTS = "rejects"
# str keys: a deterministic key coder for the state, whatever the runner.
_KEYED = typing.Tuple[str, typing.Tuple[str, typing.Any]]


@dataclasses.dataclass(frozen=True)
class StreamConfig:
    feeds: tuple[FeedSpec, ...]
    location: Location
    run_id: str
    start: float  # seconds since the epoch of the first poll
    interval: float = 300.0
    window: float = 300.0
    duration: float = 0.0  # 0: unbounded
    partition_by: tuple[str, ...] = ("date",)
    fetch: FetchConfig = FetchConfig()
    limits: Limits = Limits()

    @property
    def stop(self) -> Timestamp:
        return Timestamp.of(self.start + self.duration) if self.duration else MAX_TIMESTAMP


# --------------------------------------------------------------------------- DoFns


class _FetchAndParse(beam.DoFn):
    """One feed of one tick -> its articles, quotes not extracted yet (only the versions that
    pass the dedup are worth it); rejects to their own output."""

    def __init__(self, config: FetchConfig, limits: Limits, run_id: str):
        self._config = config
        self._limits = limits
        self._run_id = run_id
        self._fetched = Metrics.counter("newsbeam", "feeds_fetched")

    def setup(self):
        self._fetcher = Fetcher(self._config)

    def teardown(self):
        self._fetcher.close()

    def process(self, spec: FeedSpec):
        now = datetime.now(timezone.utc).replace(microsecond=0)
        result = self._fetcher.fetch(spec.url, config=spec.fetch_config(self._config))
        self._fetched.inc()
        for item in articles_of(spec, result, now, limits=self._limits, run_id=self._run_id,
                                quotes=False):
            if isinstance(item, Reject):
                yield pvalue.TaggedOutput(REJECTS, item)
            else:
                yield item


class _FirstSightings(beam.DoFn):
    """Keyed by identity: passes a value on only when its fingerprint is new for its key (see
    ``transforms.merge.is_new_version``). State is per key and window, so this runs in the
    global window, before the fixed windows are applied: it remembers across windows."""

    SEEN = userstate.ReadModifyWriteStateSpec("fingerprints", IterableCoder(StrUtf8Coder()))

    def __init__(self, what: str):
        self._what = what
        self._dropped = Metrics.counter("newsbeam", f"{what}_repeated")

    def process(self, element, seen=beam.DoFn.StateParam(SEEN)):
        _, (fingerprint, value) = element
        known = tuple(seen.read() or ())
        if not is_new_version(known, fingerprint):
            self._dropped.inc()
            return
        seen.write(remember(known, fingerprint))
        yield value


def _article_identity(article: Article):
    return article.article_id, (article.content_hash, article)


def _reject_identity(reject: Reject):
    # One row per distinct failure and day, as the batch writer keeps them.
    return "\x1f".join((*reject_identity(reject), dataset.reject_partition(reject))), ("", reject)


class _WriteWindow(beam.DoFn):
    """One window's rows of one partition -> one file per table, named after the window."""

    def __init__(self, location: Location, tables: tuple[str, ...]):
        self._location = location
        self._tables = tables
        self._files = Metrics.counter("newsbeam", "files_written")
        self._rows = Metrics.counter("newsbeam", f"{tables[-1]}_written")

    def process(self, element, window=beam.DoFn.WindowParam):
        partition, rows = element
        rows = _latest_versions(rows) if self._tables[-1] == "articles" else _distinct_rejects(rows)
        start = window.start.to_utc_datetime(has_tz=True)
        end = window.end.to_utc_datetime(has_tz=True)
        for table in self._tables:
            written = write_window(self._location, table, partition, start, end, rows)
            if written:
                self._files.inc()
                yield written[0]
        self._rows.inc(len(rows))


def _latest_versions(articles) -> list[Article]:
    """An article changed twice within one window keeps one row: the version batch would keep."""
    best: dict[str, Article] = {}
    for article in articles:
        held = best.get(article.article_id)
        best[article.article_id] = article if held is None else preferred(held, article)
    return [best[k] for k in sorted(best)]


def _distinct_rejects(rejects) -> list[Reject]:
    return list({reject_identity(r): r for r in sorted(rejects, key=reject_identity)}.values())


# --------------------------------------------------------------------------- the pipeline


def build_streaming(p: beam.Pipeline, cfg: StreamConfig):
    """poll -> fetch/parse -> dedup by article_id -> extract -> window -> write; returns the
    written paths."""
    feeds = list(cfg.feeds)
    fetched = (
        p
        | "Poll" >> PeriodicImpulse(start_timestamp=Timestamp.of(cfg.start), stop_timestamp=cfg.stop,
                                    fire_interval=cfg.interval)
        | "EveryFeed" >> beam.FlatMap(lambda _tick, specs: specs, specs=feeds)
        | "SpreadFeeds" >> beam.Reshuffle()
        | "FetchAndParse" >> beam.ParDo(_FetchAndParse(cfg.fetch, cfg.limits, cfg.run_id))
        .with_outputs(REJECTS, main="articles")
    )
    partition_by = cfg.partition_by
    articles = (
        fetched.articles
        | "KeyArticles" >> beam.Map(_article_identity).with_output_types(_KEYED)
        | "FirstVersions" >> beam.ParDo(_FirstSightings("articles"))
        | "ExtractQuotes" >> beam.Map(with_quotes)
        | "WindowArticles" >> beam.WindowInto(FixedWindows(cfg.window))
        | "ArticlePartitions" >> beam.Map(lambda a: (dataset.article_partition(a, partition_by), a))
        | "GroupArticles" >> beam.GroupByKey()
        | "WriteArticles" >> beam.ParDo(_WriteWindow(cfg.location, dataset.DATA_TABLES))
    )
    rejects = (
        fetched[REJECTS]
        | "KeyRejects" >> beam.Map(_reject_identity).with_output_types(_KEYED)
        | "FirstFailures" >> beam.ParDo(_FirstSightings("rejects"))
        | "WindowRejects" >> beam.WindowInto(FixedWindows(cfg.window))
        | "RejectPartitions" >> beam.Map(lambda r: (dataset.reject_partition(r), r))
        | "GroupRejects" >> beam.GroupByKey()
        | "WriteRejects" >> beam.ParDo(_WriteWindow(cfg.location, ("rejects",)))
    )
    return (articles, rejects) | "AllWritten" >> beam.Flatten()


# --------------------------------------------------------------------------- entry point


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsbeam stream``, all declared once in ``pipeline.options``."""
    options.add_input_args(parser, inputs_required=False)
    options.add_output_args(parser)
    options.add_stream_args(parser)
    options.add_lock_arg(parser)


def make_parser() -> argparse.ArgumentParser:
    """A parser of ``stream``'s options alone, for ``run_streaming`` (the CLI's ``stream``
    subcommand declares the same through ``add_arguments``)."""
    parser = argparse.ArgumentParser(
        prog="newsbeam stream", description="poll a feed list in one streaming Beam pipeline",
        epilog="Other options go to Beam (--runner, --job_endpoint, ...); --streaming is added.")
    add_arguments(parser)
    return parser


def stream_config(ns, *, now: float | None = None) -> StreamConfig:
    if not ns.feeds:
        raise UsageError("the streaming pipeline needs --feeds FILE")
    if not ns.output:
        raise UsageError("the streaming pipeline needs --output DIR")
    if ns.interval <= 0 or ns.window <= 0 or ns.duration < 0:
        raise UsageError("--interval and --window must be positive, --duration zero or more")
    try:
        feeds, problems = load_feed_list(ns.feeds)
    except OSError as exc:
        raise UsageError(f"cannot read the feed list: {exc}") from None
    for problem in problems:
        log.warning("feed list: %s", problem)
    feeds = [f for f in feeds if f.enabled]
    if not feeds:
        raise UsageError(f"{ns.feeds} lists no usable feed")
    try:
        fetch = FetchConfig(deadline=ns.fetch_deadline, max_bytes=ns.max_input_bytes,
                            allow_hosts=frozenset(ns.allow_hosts))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    start = time.time() if now is None else now
    return StreamConfig(
        feeds=tuple(feeds), location=Location.of(ns.output),
        run_id=new_run_id(datetime.fromtimestamp(start, timezone.utc)), start=start,
        interval=ns.interval, window=ns.window, duration=ns.duration,
        partition_by=PARTITION_SCHEMES[ns.partition_by], fetch=fetch, limits=options.limits_of(ns))


def streaming_beam_args(extra: list[str]) -> list[str]:
    args = options.beam_args(extra)
    return args if "--streaming" in args else [*args, "--streaming"]


def stream(ns: argparse.Namespace, beam_argv: list[str]) -> int:
    """Run the streaming pipeline until its input ends (``--duration``) or it is cancelled.
    Returns EXIT_OK; raises UsageError or RunFailed (``errors.exit_for`` maps them)."""
    cfg = stream_config(ns)
    check_layout(cfg.location, cfg.partition_by)
    started = time.monotonic()
    with output_lock(cfg.location, ns.lock_timeout, cfg.run_id):
        recover_output(cfg.location)  # a batch run that died mid-commit is finished first
        try:
            with beam.Pipeline(options=PipelineOptions(streaming_beam_args(beam_argv))) as p:
                build_streaming(p, cfg)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            raise RunFailed(f"the streaming pipeline failed: {type(exc).__name__}: {exc}") from exc
    print(f"newsbeam stream {cfg.run_id} finished in {time.monotonic() - started:.1f} s "
          f"({len(cfg.feeds)} feeds every {cfg.interval:g} s, {cfg.window:g} s windows) "
          f"into {cfg.location.uri}")
    return EXIT_OK


def run_streaming(argv: list[str] | None = None) -> int:
    """``stream`` from a list of arguments (without the word ``stream``), for callers other than
    the CLI. Returns 0 when it finished, 1 when it failed, 2 for a usage error (the CLI's
    statuses, through ``errors.exit_for``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ns, beam_argv = make_parser().parse_known_args(argv)
    try:
        return stream(ns, beam_argv)
    except (UsageError, RunFailed) as exc:  # the CLI's map; Ctrl-C and OSError reach the CLI's main
        code, line = exit_for(exc)
        print(line, file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(run_streaming())
