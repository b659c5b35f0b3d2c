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
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from newsbeam.pipeline import beam_speedups
from newsbeam.pipeline.build import RunConfig, build_pipeline
from newsbeam.pipeline.errors import RunFailed, UsageError
from newsbeam.schemas import SCHEMA_VERSION
from newsbeam.transforms.dataset import Location

log = logging.getLogger("newsbeam")


def new_run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


# --------------------------------------------------------------------------- output state


def check_layout(location: Location, partition_by: tuple[str, ...]) -> None:
    """Record the dataset's layout on first use; refuse a run that would mix two layouts."""
    fs, _ = location.fs_and_root
    path = location.path("_state", "dataset.json")
    wanted = {"schema_version": SCHEMA_VERSION, "partition_by": list(partition_by)}
    try:
        with fs.open_input_stream(path) as fh:
            found = json.loads(fh.read())
    except FileNotFoundError:
        fs.create_dir(location.path("_state"), recursive=True)
        with fs.open_output_stream(path) as out:
            out.write(json.dumps(wanted, indent=1).encode())
        return
    if found.get("partition_by") != wanted["partition_by"]:
        raise UsageError(
            f"{location.uri} is partitioned by {','.join(found.get('partition_by', []))}; "
            f"this run asks for {','.join(partition_by)}. Use another --output, or the same "
            f"--partition-by.")


@contextlib.contextmanager
def output_lock(location: Location, timeout: float):
    """Serialize runs on one output with an advisory lock on ``_state/lock``.

    ``flock`` is released by the kernel when the process dies, so a killed run never leaves a
    stale lock. Object-store outputs have no such lock: schedule one writer at a time there.
    """
    if not location.is_local:
        yield
        return
    os.makedirs(location.path("_state"), exist_ok=True)
    path = location.path("_state", "lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
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
                      f"since={datetime.now(timezone.utc).isoformat()}".encode(), 0)
        yield
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- manifest


def _read_stats(location: Location, run_id: str) -> dict[str, int]:
    fs, _ = location.fs_and_root
    path = location.path("_runs", f"{run_id}.stats.json")
    try:
        with fs.open_input_stream(path) as fh:
            stats = json.loads(fh.read())
    except FileNotFoundError:
        return {}
    fs.delete_file(path)
    return stats


def write_manifest(location: Location, manifest: dict) -> None:
    fs, _ = location.fs_and_root
    directory = location.path("_runs")
    fs.create_dir(directory, recursive=True)
    final = f"{directory}/{manifest['run_id']}.json"
    tmp = f"{directory}/.{manifest['run_id']}.json.tmp"
    with fs.open_output_stream(tmp) as out:
        out.write(json.dumps(manifest, indent=1, default=str).encode())
    fs.move(tmp, final)


def summarize(stats: dict[str, int]) -> dict:
    rejects = {k.split(".", 1)[1]: v for k, v in sorted(stats.items()) if k.startswith("rejects.")}
    return {
        "inputs": stats.get("inputs", 0),
        "entries": stats.get("entries", 0),
        "articles": stats.get("articles_new", 0) + stats.get("articles_changed", 0),
        "articles_new": stats.get("articles_new", 0),
        "articles_changed": stats.get("articles_changed", 0),
        "articles_unchanged": stats.get("articles_unchanged", 0) + stats.get("articles_stale", 0),
        "duplicates_merged": stats.get("articles_duplicate", 0),
        "bullets": stats.get("bullets_written", 0),
        "quotes": stats.get("quotes_written", 0),
        "rejects": sum(rejects.values()),
        "rejects_by_reason": rejects,
        "rejects_new": stats.get("rejects_new", 0),
        "files_written": stats.get("files_written", 0),
        "bytes_written": stats.get("bytes_written", 0) + stats.get("bytes_rejects", 0),
        "files_removed": stats.get("files_removed", 0),
        "index_rows": stats.get("index_rows", 0),
        "feeds": {k[len("feeds_"):]: v for k, v in sorted(stats.items()) if k.startswith("feeds_")},
        "feeds_suspended": sorted(k.split(":", 1)[1] for k in stats if k.startswith("suspended:")),
    }


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


LOCAL_RUNNERS = ("FnApiRunner", "DirectRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner")


def _runner_of(beam_argv: list[str]) -> str:
    for i, arg in enumerate(beam_argv):
        if arg.startswith("--runner="):
            return arg.split("=", 1)[1]
        if arg == "--runner" and i + 1 < len(beam_argv):
            return beam_argv[i + 1]
    return ""


def is_local_runner(beam_argv: list[str]) -> bool:
    return _runner_of(beam_argv).rsplit(".", 1)[-1] in LOCAL_RUNNERS


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


# Below this much input the worker processes cost more to start than they save.
PARALLEL_MIN_BYTES = 8 * 2**20
MAX_LOCAL_WORKERS = 4


def local_workers(beam_argv: list[str], input_bytes: int) -> list[str]:
    """Beam flags that spread a large run on the in-process runner over the machine's cores.

    The FnApiRunner runs one worker in the calling process unless told otherwise; with
    ``multi_processing`` it starts that many SDK worker processes and deals each stage's input
    out to them. Nothing is added when the user chose the workers, the runner is not a local
    one, or the input is small.
    """
    if _runner_of(beam_argv).rsplit(".", 1)[-1] not in ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner"):
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


def _add_stats(total: dict[str, int], stats: dict[str, int]) -> dict[str, int]:
    merged = {k: total.get(k, 0) + stats.get(k, 0) for k in total.keys() | stats.keys()}
    if "index_rows" in stats:  # a count of the whole dataset, not of the chunk
        merged["index_rows"] = stats["index_rows"]
    return merged


def run_batch(cfg: RunConfig, beam_argv: list[str], *, command: list[str] | None = None,
              lock_timeout: float = 0.0, chunk_bytes: int = 0) -> dict:
    """Run one batch to completion and return its manifest. Raises RunFailed or UsageError."""
    location = cfg.write.location
    started = time.monotonic()
    check_layout(location, cfg.write.partition_by)
    manifest = {
        "run_id": cfg.run_id,
        "command": command or [],
        "output": location.uri,
        "started_at": cfg.fetched_at.isoformat(),
        "mode": cfg.write.mode,
        "partition_by": list(cfg.write.partition_by),
        "inputs": list(cfg.inputs),
        "beam_args": beam_argv,
    }
    stats: dict[str, int] = {}
    with output_lock(location, lock_timeout):
        beam_speedups.install()
        chunks = plan_chunks(cfg, beam_argv, chunk_bytes)
        manifest["bounded_runs"] = len(chunks)
        for i, (inputs, size) in enumerate(chunks):
            chunk = dataclasses.replace(cfg, inputs=inputs, feeds=cfg.feeds if i == 0 else (),
                                        spread_entries=not is_local_runner(beam_argv))
            workers = local_workers(beam_argv, size)
            if workers:
                manifest["local_workers"] = workers
            processes = uses_worker_processes(beam_argv + workers)
            if processes:
                beam_speedups.return_freed_memory()  # this process only holds the stages' data
            if len(chunks) > 1:
                log.info("bounded run %d of %d: %d files", i + 1, len(chunks), len(inputs))
            try:
                with beam_speedups.lean_workers() if processes else contextlib.nullcontext(), \
                        beam.Pipeline(options=PipelineOptions(beam_argv + workers)) as p:
                    build_pipeline(p, chunk)
            except (KeyboardInterrupt, SystemExit):
                raise
            except Exception as exc:  # the run failed: record it, then report it
                stats = _add_stats(stats, _read_stats(location, cfg.run_id))
                manifest.update(status="failed", error=f"{type(exc).__name__}: {exc}",
                                seconds=time.monotonic() - started,
                                finished_at=datetime.now(timezone.utc).isoformat(),
                                summary=summarize(stats))
                write_manifest(location, manifest)
                raise RunFailed(f"the pipeline failed: {type(exc).__name__}: {exc}") from exc
            stats = _add_stats(stats, _read_stats(location, cfg.run_id))
        manifest.update(status="finished", seconds=time.monotonic() - started,
                        finished_at=datetime.now(timezone.utc).isoformat(),
                        summary=summarize(stats), stats=stats)
        write_manifest(location, manifest)
    return manifest
