"""Running one batch: lock the output, build and run the pipeline, write the run manifest."""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import json
import logging
import os
import secrets
import socket
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from newsbeam.pipeline import beam_early_workers, beam_speedups
from newsbeam.pipeline import heap
from newsbeam.pipeline import worker_choice
from newsbeam.pipeline import workers as workers_mod
from newsbeam.pipeline.options import LOCAL_RUNNERS, is_local_runner, local_hands, runner_of  # noqa: F401  (is_local_runner and LOCAL_RUNNERS: part of run's interface)
from newsbeam.pipeline.build import RunConfig, build_pipeline
from newsbeam.pipeline.errors import RunFailed, UsageError
from newsbeam.schemas import SCHEMA_VERSION
from newsbeam.schemas.runstats import RunStats
from newsbeam.transforms.composites.write_config import kept_in_process
from newsbeam.transforms.io import commit, layout, stats_parts
from newsbeam.transforms.io.dataset import Location

log = logging.getLogger("newsbeam")


def new_run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


# --------------------------------------------------------------------------- output state


DATASET_FILE = layout.DATASET_FILE


def _unsafe(exc: commit.UnsafeOutput) -> UsageError:
    return UsageError(str(exc))


def read_dataset_file(location: Location) -> dict | None:
    """``_state/dataset.json``, or None when there is none yet. A file that is not the JSON
    object newsbeam writes raises UsageError that says how to repair it."""
    fs, _ = location.fs_and_root
    path = location.path(DATASET_FILE)
    try:
        commit.refuse_links(location, DATASET_FILE)
    except commit.UnsafeOutput as exc:
        raise _unsafe(exc) from None
    try:
        with fs.open_input_stream(path) as fh:
            found = json.loads(fh.read())
    except FileNotFoundError:
        return None
    except (ValueError, OSError) as exc:
        found = exc
    if not isinstance(found, dict) or not isinstance(found.get("partition_by"), list):
        raise UsageError(
            f"{path} is damaged ({'empty or not JSON' if isinstance(found, Exception) else 'not a layout'}); "
            f"`newsbeam repair {location.uri}` rebuilds it from the dataset's own folders")
    return found


def write_dataset_file(location: Location, partition_by: Sequence[str]) -> None:
    wanted = {"schema_version": SCHEMA_VERSION, "partition_by": list(partition_by)}
    commit.write_bytes_atomic(location, location.path(DATASET_FILE), json.dumps(wanted, indent=1).encode())


def check_layout(location: Location, partition_by: tuple[str, ...]) -> None:
    """Record the dataset's layout on first use; refuse a run that would mix two layouts."""
    found = read_dataset_file(location)
    if found is None:
        write_dataset_file(location, partition_by)
        return
    wanted = {"partition_by": list(partition_by)}
    if found.get("partition_by") != wanted["partition_by"]:
        raise UsageError(
            f"{location.uri} is partitioned by {','.join(found.get('partition_by', []))}; "
            f"this run asks for {','.join(partition_by)}. Use another --output, or the same "
            f"--partition-by.")


LOCK_FILE = layout.LOCK_FILE


@contextlib.contextmanager
def output_lock(location: Location, timeout: float, run_id: str = ""):
    """Serialize runs on one output with an advisory lock on ``_state/lock``.

    ``flock`` is released by the kernel when the process dies, so a killed run never leaves a
    stale lock. Object-store outputs have no such lock: schedule one writer at a time there.
    The lock file names the run that holds it (``run=RUN_ID``): its fencing token, which
    ``check_token`` reads before each step of a commit. A lock file that is a symbolic link
    is refused, never followed.
    """
    if not location.is_local:
        yield
        return
    try:
        commit.refuse_links(location, LOCK_FILE)
    except commit.UnsafeOutput as exc:
        raise _unsafe(exc) from None
    os.makedirs(location.path(layout.STATE), exist_ok=True)
    path = location.path(LOCK_FILE)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(f"{path} is a symbolic link; newsbeam never follows links inside its "
                             f"output (remove it)") from None
        raise
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "unknown"
                    raise RunFailed(
                        f"another newsbeam run holds {path} ({holder}); it must finish first "
                        f"(or pass --lock-timeout SECONDS to wait for it)") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid={os.getpid()} host={socket.gethostname()} "
                      f"since={datetime.now(timezone.utc).isoformat()}"
                      f"{f' run={run_id}' if run_id else ''}".encode(), 0)
        os.fsync(fd)
        yield
    finally:
        os.close(fd)


def check_token(location: Location, run_id: str) -> None:
    """Raise UnsafeOutput unless the output's lock file still names ``run_id``: the run that
    calls it no longer holds the output (its lock file was replaced), and must not commit."""
    if not location.is_local:
        return
    path = location.path(LOCK_FILE)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        try:
            holder = os.read(fd, 4096).decode("utf-8", "replace")
        finally:
            os.close(fd)
    except OSError:
        holder = ""
    if f"run={run_id}" not in holder.split():
        raise commit.UnsafeOutput(f"run {run_id} no longer holds {path} ({holder.strip() or 'gone'}); "
                                  f"its work is not committed")


def recover_output(location: Location) -> commit.Recovery:
    """Finish or roll back what a dead run left (call holding the lock)."""
    try:
        recovery = commit.recover(location)
    except commit.UnsafeOutput as exc:
        raise _unsafe(exc) from None
    return recovery


def repair(location: Location, lock_timeout: float = 0.0) -> list[str]:
    """``newsbeam repair``: take the lock, finish or roll back an interrupted commit, and
    rebuild a damaged ``_state/dataset.json`` from the dataset's own partition folders.
    Returns what was done, one line each."""
    fs, _ = location.fs_and_root
    from pyarrow import fs as pafs

    if fs.get_file_info(location.path()).type != pafs.FileType.Directory:
        raise UsageError(f"{location.uri} is not a newsbeam dataset (no such folder)")
    done = []
    with output_lock(location, lock_timeout, "repair"):
        done.append(recover_output(location).describe())
        try:
            read_dataset_file(location)
        except UsageError:
            partition_by = infer_partition_by(location)
            if partition_by is None:
                raise UsageError(f"{location.path(DATASET_FILE)} is damaged and the dataset has no partition "
                                 f"folder to rebuild it from; delete it if the dataset is empty") from None
            write_dataset_file(location, partition_by)
            done.append(f"rebuilt {DATASET_FILE} (partitioned by {','.join(partition_by)})")
        if commit.read_success(location) is None and commit.pending(location) is None:
            commit.write_bytes_atomic(location, location.path(layout.SUCCESS), json.dumps(
                {"run_id": "repair", "committed_at": datetime.now(timezone.utc).isoformat()}).encode())
    return done


def infer_partition_by(location: Location) -> tuple[str, ...] | None:
    """The partition columns of a dataset, read from its articles (or rejects) folders."""
    fs, _ = location.fs_and_root
    from pyarrow import fs as pafs

    for table in ("articles", "quotes", "bullets"):
        top = fs.get_file_info(pafs.FileSelector(location.path(table), allow_not_found=True))
        for info in sorted(top, key=lambda i: i.path):
            if info.type != pafs.FileType.Directory or "=" not in info.base_name:
                continue
            column = info.base_name.split("=", 1)[0]
            return ("source", "date") if column == "source" else ("date",)
    return None


# --------------------------------------------------------------------------- manifest


def _read_stats(location: Location, run_id: str) -> RunStats:
    """Take the statistics the pipeline left, in parts (``transforms.composites.stage.StageStats``),
    summed; none when it left none."""
    return stats_parts.take_parts(location, run_id)


def write_manifest(location: Location, manifest: dict) -> None:
    fs, _ = location.fs_and_root
    fs.create_dir(location.path(layout.RUNS), recursive=True)
    final = location.path(layout.run_manifest(manifest["run_id"]))
    tmp = location.path(layout.run_manifest_tmp(manifest["run_id"]))
    with fs.open_output_stream(tmp) as out:
        out.write(json.dumps(manifest, indent=1, default=str).encode())
    fs.move(tmp, final)


def format_summary(manifest: dict) -> str:
    s = manifest["summary"]
    reasons = ", ".join(f"{k}: {v}" for k, v in s["rejects_by_reason"].items())
    lines = [
        f"newsbeam run {manifest['run_id']} {manifest['status']} in {manifest['seconds']:.1f} s",
        f"  inputs    {s['inputs']:>8}",
        f"  articles  {s['articles']:>8}  ({s['articles_new']} new, {s['articles_changed']} changed, "
        f"{s['articles_unchanged']} unchanged, {s['duplicates_merged']} duplicates merged)",
        f"  bullets   {s['bullets']:>8}",
        f"  quotes    {s['quotes']:>8}",
        f"  rejects   {s['rejects']:>8}" + (f"  ({reasons})" if reasons else ""),
    ]
    if s.get("article_pages"):
        lines.append("  pages     " + ", ".join(f"{v} {k.replace('-', ' ')}" for k, v in s["article_pages"].items())
                     + " (--fetch-articles)")
    if s.get("skipped"):
        lines.append(f"  skipped   {sum(s['skipped'].values()):>8}  ("
                     + ", ".join(f"{k}: {v}" for k, v in s["skipped"].items()) + ")")
    if s["feeds"]:
        lines.append("  feeds     " + ", ".join(f"{v} {k.replace('-', ' ')}" for k, v in s["feeds"].items()))
    if s["feeds_suspended"]:
        lines.append("  suspended " + ", ".join(s["feeds_suspended"]) + " (too many failures in a row;"
                     " see `newsbeam inspect`)")
    lines += [
        f"  dataset   {manifest['output']}  ({s['index_rows']} articles in all)",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- run


def plan_chunks(cfg: RunConfig, beam_argv: list[str], chunk_bytes: int) -> list[tuple[tuple[str, ...], int]]:
    """The inputs of each bounded run and their size in bytes, for the local runners.

    Beam's in-process runner keeps every PCollection between two shuffles in memory, so a run's
    peak memory grows with its input. Cutting a large input into runs of about ``chunk_bytes``
    each keeps it flat; the incremental writer merges them as it merges scheduled runs. On a
    distributed runner, or with ``--mode overwrite`` (a later chunk would replace an earlier
    one's partitions), the input stays one run. The size is 0 where it is not known (feeds, a
    distributed runner).
    """
    if not is_local_runner(beam_argv) or not cfg.inputs:
        return [(cfg.inputs, 0)]
    from apache_beam.io.filesystems import FileSystems

    files: dict[str, int] = {}
    for result in FileSystems.match(list(cfg.inputs)):
        for meta in result.metadata_list:
            if not meta.path.rsplit("/", 1)[-1].startswith("."):
                files[meta.path] = meta.size_in_bytes or 0
    total = sum(files.values())
    if chunk_bytes <= 0 or cfg.write.mode != "append" or total <= chunk_bytes or \
            any(ch in path for path in files for ch in "*?[{"):
        return [(cfg.inputs, total)]
    chunks: list[list[str]] = [[]]
    size = 0
    for path in sorted(files):
        if chunks[-1] and size + files[path] > chunk_bytes:
            chunks.append([])
            size = 0
        chunks[-1].append(path)
        size += files[path]
    return [(tuple(chunk), sum(files[path] for path in chunk)) for chunk in chunks]


# Below this much input the worker processes cost more to start than they save (defined in
# ``pipeline.worker_choice``, read before this module is imported).
PARALLEL_MIN_BYTES = worker_choice.PARALLEL_MIN_BYTES
MAX_LOCAL_WORKERS = worker_choice.MAX_LOCAL_WORKERS


def local_workers(beam_argv: list[str], input_bytes: int) -> list[str]:
    """Beam flags that spread a large run on the in-process runner over the machine's cores.

    The FnApiRunner runs one worker in the calling process unless told otherwise; with
    ``multi_processing`` it starts that many SDK worker processes and deals each stage's input
    out to them. Nothing is added when the user chose the workers, the runner is not a local
    one, or the input is small.
    """
    if runner_of(beam_argv).rsplit(".", 1)[-1] not in ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner"):
        return []
    if any(a.split("=", 1)[0] in ("--direct_num_workers", "--direct_running_mode") for a in beam_argv):
        return []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or input_bytes < PARALLEL_MIN_BYTES:
        return []
    return [f"--direct_num_workers={min(cores, MAX_LOCAL_WORKERS)}", "--direct_running_mode=multi_processing"]


def uses_worker_processes(beam_argv: list[str]) -> bool:
    """Whether the local runner runs the stages in worker processes (chosen by ``local_workers``
    or by the user: ``options.beam_args`` adds multi_processing to ``--direct_num_workers=N``)."""
    from newsbeam.pipeline.options import beam_flag

    return is_local_runner(beam_argv) and beam_flag(beam_argv, "--direct_running_mode") == "multi_processing"


def stays_in_process(beam_argv: list[str]) -> bool:
    """Whether every stage runs in this process: the local runner in memory or on threads, with
    Beam's own in-process worker (its articles are then sealed without compression)."""
    from newsbeam.pipeline.options import beam_flag

    return (is_local_runner(beam_argv) and beam_flag(beam_argv, "--environment_type") in (None, "EMBEDDED")
            and beam_flag(beam_argv, "--direct_running_mode") in (None, "in_memory", "multi_threading"))


@contextlib.contextmanager
def _workers_follow_this_process():
    """Worker processes started meanwhile exit when this process dies (``commit.guard_worker``)."""
    before = os.environ.get(commit.RUN_PID_ENV)
    os.environ[commit.RUN_PID_ENV] = str(os.getpid())
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(commit.RUN_PID_ENV, None)
        else:
            os.environ[commit.RUN_PID_ENV] = before


def _chunk_write(write, chunks: list[tuple[tuple[str, ...], int]], i: int):
    """The write of bounded run ``i``: it settles duplicates with the other chunks of the run."""
    if len(chunks) < 2:
        return write
    from newsbeam.transforms.composites.write import Chunking

    later = frozenset(path for inputs, _ in chunks[i + 1:] for path in inputs)
    return dataclasses.replace(write, chunking=Chunking(i, later))


def _discard(location: Location, run_id: str) -> None:
    """Delete a run's staging folder (what it did not commit, and its run state)."""
    fs, _ = location.fs_and_root
    try:
        fs.delete_dir(location.path(layout.txn(run_id)))
    except FileNotFoundError:
        pass


def run_batch(cfg: RunConfig, beam_argv: list[str], *, command: list[str] | None = None,
              lock_timeout: float = 0.0, chunk_bytes: int = 0) -> dict:
    """Run one batch to completion and return its manifest. Raises RunFailed or UsageError."""
    location = cfg.write.location
    started = time.monotonic()
    check_layout(location, cfg.write.partition_by)
    manifest: dict[str, Any] = {
        "run_id": cfg.run_id,
        "command": command or [],
        "output": location.uri,
        "started_at": cfg.fetched_at.isoformat(),
        "mode": cfg.write.mode,
        "partition_by": list(cfg.write.partition_by),
        "inputs": list(cfg.inputs),
        "beam_args": beam_argv,
    }
    stats = RunStats()
    with output_lock(location, lock_timeout, cfg.run_id), _workers_follow_this_process(), \
            contextlib.ExitStack() as run_scope:
        recovery = recover_output(location)
        if recovery.rolled_forward or recovery.discarded:
            manifest["recovered"] = recovery.describe()
        beam_speedups.install(local=is_local_runner(beam_argv))  # a Dask client: no FnApiRunner patches
        chunks = plan_chunks(cfg, beam_argv, chunk_bytes)
        manifest["bounded_runs"] = len(chunks)
        # the worker processes start now, while the graph is built, and serve every bounded run
        pool = run_scope.enter_context(workers_mod.for_run([beam_argv + local_workers(beam_argv, size)
                                                            for _, size in chunks]))
        for i, (inputs, size) in enumerate(chunks):
            workers = local_workers(beam_argv, size)
            chunk = dataclasses.replace(cfg, inputs=inputs, feeds=cfg.feeds if i == 0 else (),
                                        spread_entries=not is_local_runner(beam_argv),
                                        file_hands=local_hands(beam_argv + workers),
                                        write=_chunk_write(cfg.write, chunks, i))
            if workers:
                manifest["local_workers"] = workers
            processes = uses_worker_processes(beam_argv + workers)
            if processes:
                beam_speedups.return_freed_memory()  # this process only holds the stages' data
            if len(chunks) > 1:
                log.info("bounded run %d of %d: %d files", i + 1, len(chunks), len(inputs))
            try:
                with beam_speedups.lean_workers() if processes else workers_mod.in_process(beam_argv), \
                        kept_in_process() if stays_in_process(beam_argv + workers) else contextlib.nullcontext(), \
                        contextlib.ExitStack() as frozen, \
                        beam.Pipeline(options=PipelineOptions(beam_argv + workers)) as p:
                    with beam_early_workers.connecting(p.runner, PipelineOptions(beam_argv + workers)):
                        build_pipeline(p, chunk)  # while the workers connect
                    frozen.enter_context(heap.frozen_heap())  # the run is Pipeline's exit
            except (KeyboardInterrupt, SystemExit):
                _discard(location, cfg.run_id)
                raise
            except Exception as exc:  # the run failed: record it, then report it
                _discard(location, cfg.run_id)
                stats += _read_stats(location, cfg.run_id)
                manifest.update(status="failed", error=f"{type(exc).__name__}: {exc}",
                                seconds=time.monotonic() - started,
                                finished_at=datetime.now(timezone.utc).isoformat(),
                                summary=stats.summary())
                write_manifest(location, manifest)
                raise RunFailed(f"the pipeline failed: {type(exc).__name__}: {exc}") from exc
            if pool is not None and i == len(chunks) - 1:
                pool.dismiss()  # the workers exit while this process commits
            committing = time.monotonic()
            try:
                done = commit.commit(location, cfg.run_id, check_token=lambda: check_token(location, cfg.run_id))
            except commit.UnsafeOutput as exc:
                _discard(location, cfg.run_id)
                raise RunFailed(str(exc)) from None
            stats += _read_stats(location, cfg.run_id)
            stats += RunStats(commit_moves=done.moved, commit_deletes=done.deleted)
            manifest["commit_seconds"] = round(manifest.get("commit_seconds", 0) + time.monotonic() - committing, 3)
        _discard(location, cfg.run_id)
        manifest.update(status="finished", seconds=time.monotonic() - started,
                        finished_at=datetime.now(timezone.utc).isoformat(),
                        summary=stats.summary(), stats=stats.counts())
        write_manifest(location, manifest)
    return manifest
