"""build_pipeline(): the whole data flow on one screen."""
from __future__ import annotations

import dataclasses
from datetime import datetime

import apache_beam as beam

from newsbeam.pipeline import progress
from newsbeam.transforms.io import commit, layout
from newsbeam.transforms.composites.fetch_articles import FetchArticles
from newsbeam.transforms.composites.decide import DecideArticles
from newsbeam.transforms.composites.bundle_stats import CountElements
from newsbeam.transforms.composites.extract import ExtractQuotes
from newsbeam.transforms.feedlist import FeedSpec
from newsbeam.transforms.composites.feeds import FetchFeeds, JoinParseOutcomes, SaveFeedStates
from newsbeam.transforms.io.fetch import FetchConfig
from newsbeam.transforms.formats.read import Limits
from newsbeam.transforms.composites.sources import ReadFiles
from newsbeam.transforms.composites.stage import StageArticles, StageRejects, StageStats
from newsbeam.transforms.composites.parse import NormalizeArticles, ParseDocuments
from newsbeam.transforms.composites.write_config import WriteConfig, each


@dataclasses.dataclass(frozen=True)
class RunConfig:
    run_id: str
    fetched_at: datetime
    inputs: tuple[str, ...]
    write: WriteConfig
    limits: Limits = Limits()
    feeds: tuple[FeedSpec, ...] = ()
    fetch: FetchConfig = FetchConfig()
    fetch_concurrency: int = 16
    on_schedule: bool = False  # watch mode: skip feeds whose TTL or interval has not passed
    spread_entries: bool = True  # reshuffle entries over workers (off on the in-process runner)
    file_hands: int = 0  # the local runner's workers, to deal the files to (ReadFiles); 0: other runners
    fetch_articles: bool = False  # complete short feed items from their linked pages
    progress_dir: str | None = None  # local runners: where counting steps report (pipeline.progress)

    @property
    def article_cache_root(self) -> str:
        return layout.uri(self.write.location, layout.ARTICLES_CACHE)

    @property
    def feed_state_root(self) -> str:
        return layout.uri(self.write.location, layout.FEEDS_DIR)

    @property
    def feed_state_stage(self) -> str:
        """Where the run's new feed states wait for its commit (``transforms.io.commit``)."""
        return layout.uri(self.write.location, layout.staged(self.run_id, commit.STATE, layout.FEEDS_DIR))


def _count(name: str):
    return beam.ParDo(CountElements(name))


def build_pipeline(p: beam.Pipeline, cfg: RunConfig) -> None:
    """read -> parse -> normalize -> decide -> extract -> commit, with every reject to its own
    sink. Quotes are extracted once an article has been decided new or changed: an item a feed
    repeats unchanged, or a duplicate, is never extracted. The commit phase only stages files:
    ``pipeline.run`` makes them live once the pipeline has finished (``transforms.io.commit``).

    A run with only files (or only feeds) has no Flatten before parsing: on the local runner a
    Flatten of two stages' outputs is a materialized buffer, which would cut reading from
    parsing and ship every document's bytes through the runner.
    """
    sources, rejects, counts = [], [], []
    # One start element: the files' match and deal and the index shards in one stage (a Create,
    # not a bare Impulse, which Beam's Dask translation does not know)
    start = p | "Start" >> beam.Create([b""], reshuffle=False)
    if cfg.inputs or not cfg.feeds:
        files, read_rejects, read_stats = start | "ReadInputs" >> ReadFiles(
            cfg.inputs, fetched_at=cfg.fetched_at, max_bytes=cfg.limits.max_input_bytes, hands=cfg.file_hands)
        sources.append(files)
        rejects.append(read_rejects)
        counts.append(read_stats)
    feed_states = None
    if cfg.feeds:
        fetched, fetch_rejects, feed_states, feed_stats = p | "FetchFeeds" >> FetchFeeds(
            cfg.feeds, cfg.fetch, state_root=cfg.feed_state_root, concurrency=cfg.fetch_concurrency,
            on_schedule=cfg.on_schedule)
        sources.append(fetched)
        rejects.append(fetch_rejects)
        counts.append(feed_stats)
    documents = sources[0] if len(sources) == 1 else tuple(sources) | "AllDocuments" >> beam.Flatten()
    entries, parse_rejects = documents | "ParseDocuments" >> ParseDocuments(cfg.limits, spread=cfg.spread_entries)
    if cfg.fetch_articles:
        entries, article_rejects, article_stats = entries | "FetchArticles" >> FetchArticles(
            cfg.fetch, cache_root=cfg.article_cache_root, limits=cfg.limits, concurrency=cfg.fetch_concurrency)
        rejects.append(article_rejects)
        counts.append(article_stats)
    articles, normalize_rejects = entries | "Normalize" >> NormalizeArticles(cfg.run_id)
    if cfg.progress_dir:
        articles = _progress(cfg.progress_dir, counts[:1] if cfg.inputs or not cfg.feeds else [], articles)

    extract = ExtractQuotes()  # the current quote rules: the decisions re-extract what older rules wrote
    decided = articles | "Decide" >> DecideArticles(cfg.write, extractor=extract.version, start=start)
    written, extract_stats = decided.written | "Extract" >> extract
    if cfg.progress_dir:
        written = each(written, "ProgressWritten", lambda: beam.Map(progress.counted(cfg.progress_dir, progress.WRITTEN)))
    article_stats = decided._replace(written=written) | "Commit" >> StageArticles(cfg.write)
    reject_stats = ((*rejects, parse_rejects, normalize_rejects, decided.duplicates)
                    | "AllRejects" >> beam.Flatten()
                    | "Rejects" >> StageRejects(cfg.write))
    committed = ((*counts, entries | "CountEntries" >> _count("entries"), decided.stats, extract_stats,
                  article_stats, reject_stats)
                 | "Stats" >> StageStats(cfg.write))
    if feed_states is not None:
        _ = (feed_states
             | "FeedParseOutcomes" >> JoinParseOutcomes(cfg.feeds, parse_rejects)
             | "SaveFeedStates" >> SaveFeedStates(cfg.feed_state_stage, committed))


def _progress(directory: str, input_counts, articles):
    """Counting steps for the progress display: inputs read (from the inputs' own counts) and
    articles found; the articles written are counted after the extract phase."""
    for k, pcoll in enumerate(input_counts):  # ("inputs", 1) per file, beside skipped-record counts
        _ = (pcoll
             | f"InputsOnly{k}" >> beam.Filter(lambda stat: stat[0] == "inputs")
             | f"ProgressRead{k}" >> beam.Map(progress.counted(directory, progress.READ)))
    return articles | "ProgressFound" >> beam.Map(progress.counted(directory, progress.FOUND))
