"""The dataset's layout on disk: every name under an output root, spelled here and only here.

::

    OUTPUT/
      articles/ bullets/ quotes/ rejects/     the tables (TABLES): TABLE/[source=S/]date=D/part-*.parquet
      _SUCCESS                                the last commit: {"run_id", "committed_at"}
      _runs/RUN_ID.json                       one manifest per run (``newsbeam inspect``, the report)
      _runs/.RUN_ID.stats/*.json              a run's statistics, in parts, until the main process sums them
      _state/dataset.json                     schema version and partition columns
      _state/lock                             the advisory lock, naming the run that holds it
      _state/commit.json                      the journal of a commit in progress
      _state/txn/RUN_ID/pN/<path>             a run's staged files, by commit phase N
      _state/txn/RUN_ID/deletes/*.json        the files the commit deletes
      _state/txn/RUN_ID/seen/*.json           a chunked run's winners so far
      _state/index/shard-SSS-of-NNN.parquet   the index: one row per article
      _state/feeds/                           one state file per feed
      _state/articles/                        cached article pages (--fetch-articles)

Paths here are relative to the root (``"_state/index/..."``): join them with
``Location.path`` (a filesystem path) or ``uri`` (a URI, for stores that take one).
tests/test_layout.py fails when a literal ``_state``/``_runs`` path is spelled anywhere else.
"""
from __future__ import annotations

from typing import Protocol

TABLES = ("articles", "bullets", "quotes", "rejects")

SUCCESS = "_SUCCESS"
RUNS = "_runs"
STATE = "_state"
DATASET_FILE = f"{STATE}/dataset.json"
LOCK_FILE = f"{STATE}/lock"
JOURNAL = f"{STATE}/commit.json"
TXN = f"{STATE}/txn"
INDEX_DIR = f"{STATE}/index"
FEEDS_DIR = f"{STATE}/feeds"
ARTICLES_CACHE = f"{STATE}/articles"
# The environment variable through which the run's main process names itself to the worker
# processes it starts (``commit.guard_worker``: they exit when it dies).
RUN_PID_ENV = "NEWSBEAM_RUN_PID"
# What a folder holds at its top when it is a newsbeam dataset (one is enough).
DATASET_MARKERS = ("articles", "quotes", "rejects", RUNS)

_MANIFEST_SUFFIX = ".json"
_STATS_SUFFIX = ".stats.json"


class _Root(Protocol):
    @property
    def uri(self) -> str: ...


def uri(location: _Root, rel: str) -> str:
    """``rel`` under the dataset root as a URI (or absolute local path)."""
    return f"{location.uri}/{rel}"


# --------------------------------------------------------------------------- _runs/


def run_manifest(run_id: str) -> str:
    return f"{RUNS}/{run_id}{_MANIFEST_SUFFIX}"


def run_manifest_tmp(run_id: str) -> str:
    """The hidden name a manifest is written under before it is renamed into place."""
    return f"{RUNS}/.{run_id}{_MANIFEST_SUFFIX}.tmp"


def run_stats(run_id: str) -> str:
    """The hidden folder where a running run's steps leave its statistics, one part per bundle
    that counted (``transforms.composites.stage.StageStats``); the run's end sums and deletes it.
    (Before stop 37 one summed file, ``RUN.stats.json``: ``is_manifest_name`` still skips those.)"""
    return f"{RUNS}/.{run_id}.stats"


def is_manifest_name(base_name: str) -> bool:
    """Whether a file name in ``_runs/`` is a run manifest (not statistics, not a temp file)."""
    return (base_name.endswith(_MANIFEST_SUFFIX) and not base_name.endswith(_STATS_SUFFIX)
            and not base_name.startswith("."))


# --------------------------------------------------------------------------- _state/


def index_shard(shard: int, shards: int) -> str:
    return f"{INDEX_DIR}/shard-{shard:03d}-of-{shards:03d}.parquet"


def txn(run_id: str) -> str:
    """A run's staging folder."""
    return f"{TXN}/{run_id}"


def staged(run_id: str, phase: int, rel: str = "") -> str:
    """Where a run stages ``rel`` (a path in the dataset) for commit phase ``phase``."""
    return in_stage(txn(run_id), phase, rel)


def in_stage(stage: str, phase: int, rel: str = "") -> str:
    """``rel`` staged for ``phase`` under ``stage``, a run's staging folder (any prefix)."""
    return f"{stage}/p{phase}" + (f"/{rel}" if rel else "")


def txn_deletes(run_id: str) -> str:
    return f"{TXN}/{run_id}/deletes"


def txn_seen(run_id: str) -> str:
    return f"{TXN}/{run_id}/seen"
