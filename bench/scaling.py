"""``make bench`` (second part): how ``newsbeam run`` scales with workers, in one run.

    python -m bench.scaling                    # feeds 10k and articles 10k; 1 and 2 workers
    python -m bench.scaling --quick            # feeds 4k and articles 4k: a few minutes
    python -m bench.scaling --workers 1,2,4,8  # on a larger machine
    python -m bench.scaling --no-dask          # the default runner only
    python -m bench.scaling --repeat 3         # three rounds of plain, 1, 2 workers, alternating

For each corpus it measures, each in a fresh process: the plain loop of the pipeline's own
functions (``bench.baselines plain``), ``newsbeam run`` on the default local runner with each
number of workers (1: ``--direct_num_workers=1``, in one process; N > 1: N worker processes),
and ``newsbeam run --runner DaskRunner`` against a ``distributed.LocalCluster`` of N worker
processes (one thread each; the cluster is started before and stopped after, outside the
timing, as a long-lived cluster would be, and warmed by one run on one small file, so the timed
run does not pay the workers' first import of Beam; the run's own start-up, graph and submit
are counted, as a user pays them on every run). It prints throughput, the parallel efficiency
(throughput at N / (N x throughput at 1)), the CPU time of the run's processes (user + system:
the runner/client process, and the workers), and issue 20's ratios as PASS/FAIL lines. It never
asserts. Wall times on a loaded machine say little; the CPU columns say where the work went.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.measure import Measured, _cpu_seconds, role_of, tree_pids
from bench.measure import run as measure
from bench.run import (
    MAX_RSS,
    ROOT,
    _baseline,
    _env,
    _log,
    _manifest,
    _python_m,
    machine,
)

DEFAULT = "default"
DASK = "dask"


@dataclass
class Point:
    corpus: str
    entries: int
    runner: str  # DEFAULT, DASK or "plain"
    workers: int
    measured: Measured | None = None
    plain_seconds: float | None = None
    articles: int | None = None
    cluster_cpu: float | None = None  # Dask: CPU seconds of the cluster's processes during the run
    plain_cpu: float | None = None  # plain: CPU seconds of the loop (imports excluded, as its wall)
    plain_process: float | None = None  # plain: wall of its whole process (Python, imports, the loop)
    rounds: list = field(default_factory=list)  # wall seconds of each round (None: failed), in order

    @property
    def cpu_workers(self) -> float | None:
        if self.cluster_cpu is not None:
            return self.cluster_cpu
        return self.measured.cpu_of("worker") if self.measured and self.ok else None

    @property
    def ok(self) -> bool:
        return self.plain_seconds is not None or (self.measured is not None and self.measured.returncode == 0)

    @property
    def seconds(self) -> float | None:
        if self.plain_seconds is not None:
            return self.plain_seconds
        return self.measured.seconds if self.ok else None

    @property
    def rate(self) -> float | None:
        return self.entries / self.seconds if self.ok else None


def worker_args(runner: str, n: int, address: str | None = None) -> list[str]:
    if runner == DASK:
        # Beam's Dask translation makes Reshuffle a no-op: without partitions, every file a
        # glob matches is parsed in one partition, on one worker. One per worker: two per
        # worker doubled the shuffle tasks and the workers' CPU (bench/README.md, Dask).
        return ["--runner", "DaskRunner", "--dask_client_address", address or "",
                f"--dask_npartitions={n}"]
    if n == 1:
        return ["--direct_num_workers=1", "--direct_running_mode=in_memory"]
    return [f"--direct_num_workers={n}", "--direct_running_mode=multi_processing"]


def run_point(kind: str, n_entries: int, directory: Path, runner: str, n: int, work: Path,
              address: str | None = None, repeat: int = 1, point: Point | None = None) -> Point:
    """Run ``newsbeam run`` ``repeat`` times on the point (a new one, or ``point`` to add rounds
    to); the fastest successful run is the point's ``measured``, every round's wall is kept."""
    point = point or Point(kind, n_entries, runner, n)
    for _ in range(repeat):
        out = work / f"{kind}-{runner}-{n}-{len(point.rounds)}"
        argv = _python_m("newsbeam", "run", "--input", f"{directory}/*", "--output", str(out),
                         *worker_args(runner, n, address))
        before = _cluster_cpu() if runner == DASK else 0.0
        measured = measure(argv, cwd=str(ROOT), env=_env(), max_rss=MAX_RSS)
        cluster = _cluster_cpu() - before if runner == DASK else None
        if measured.returncode:
            _log(f"  {runner} {n}: failed ({measured.returncode}):\n{measured.stderr[-2000:]}")
        else:
            point.articles = _manifest(out).get("summary", {}).get("articles")
        shutil.rmtree(out, ignore_errors=True)
        point.rounds.append(None if measured.returncode else measured.seconds)
        best = point.measured
        if best is None or (measured.returncode == 0 and (best.returncode or measured.seconds < best.seconds)):
            point.measured = measured
            point.cluster_cpu = cluster
        if not measured.returncode:
            _log(f"  {runner} {n}: {measured.seconds:.1f} s, {n_entries / measured.seconds:,.0f} entries/s; "
                 f"CPU main {measured.cpu_of('main'):.1f} s, workers "
                 f"{cluster if cluster is not None else measured.cpu_of('worker'):.1f} s")
    return point


def _cluster_cpu() -> float:
    """CPU seconds so far of this process's worker children: a LocalCluster's processes."""
    me = os.getpid()
    return sum(_cpu_seconds(pid) or 0.0 for pid in tree_pids(me) if pid != me and role_of(pid, me) == "worker")


@contextlib.contextmanager
def dask_cluster(n: int):
    """A local cluster of ``n`` worker processes, one thread each; its address, or None."""
    try:
        from distributed import LocalCluster
    except ImportError:
        yield None
        return
    # The workers import newsbeam as they start (pipeline.dask_preload), as a cluster set up for
    # newsbeam does; the warm-up run then loads only what a first run loads lazily. They fork
    # from one forkserver that imported it once (dask_preload.fork_workers), not N times.
    from newsbeam.pipeline import dask_preload
    from newsbeam.pipeline.dask_preload import fork_workers

    fork_workers()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, memory_limit="auto", scheduler_kwargs=dask_preload.scheduler_kwargs(),
                      preload=["newsbeam.pipeline.dask_preload"]) as cluster:
        yield cluster.scheduler_address


def warm_up(address: str, n: int, work: Path) -> None:
    """One run on one small file before the timed runs: a long-lived cluster's workers have
    imported Beam and newsbeam and loaded the lexicons already; a fresh one's pay it in their
    first run (1.5 to 4 s of wall per worker, measured). Four articles per worker, so that
    every worker gets entries. Its wall is logged, not counted."""
    import json as _json
    import random

    small = work / "dask-warm-up" / "articles.jsonl"
    small.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    small.write_text("".join(_json.dumps(corpus.seed_article(i, rng), ensure_ascii=False) + "\n"
                             for i in range(4 * n)))
    out = small.parent / "out"
    m = measure(_python_m("newsbeam", "run", "--input", str(small), "--output", str(out), *worker_args(DASK, n, address)),
                cwd=str(ROOT), env=_env())
    shutil.rmtree(small.parent, ignore_errors=True)
    _log(f"  dask {n}: warm-up run on a fresh cluster, one small file: {m.seconds:.1f} s"
         + (f" (failed: {m.stderr[-300:]})" if m.returncode else ""))


def measure_corpus(kind: str, n_entries: int, workers: list[int], work: Path, *, dask: bool,
                   repeat: int) -> list[Point]:
    """The plain loop and the default runner at each worker count, in ``repeat`` rounds that
    alternate them (plain, 1, ..., N, plain, 1, ...), so that a drift of the machine reaches
    every point alike; then Dask at each count (a cluster per count), ``repeat`` runs each."""
    directory = corpus.corpus(kind, n_entries)
    files = corpus.files_of(directory)
    size = sum(p.stat().st_size for p in files)
    _log(f"{kind} {n_entries}: {len(files)} files, {size / 1e6:.1f} MB")
    plain = Point(kind, n_entries, "plain", 1)
    default = {n: Point(kind, n_entries, DEFAULT, n) for n in workers}
    for round_ in range(repeat):
        _log(f"  round {round_ + 1} of {repeat}: plain loop")
        plain_out = work / f"{kind}-plain-{round_}"
        found = _baseline("plain", str(directory), str(plain_out))
        shutil.rmtree(plain_out, ignore_errors=True)
        plain.rounds.append(found["seconds"] if found else None)
        if found and (plain.plain_seconds is None or found["seconds"] < plain.plain_seconds):
            plain.plain_seconds, plain.plain_cpu = found["seconds"], found.get("cpu_seconds")
            plain.plain_process = found.get("process_seconds")
            plain.articles = found.get("articles")
        for n in workers:
            run_point(kind, n_entries, directory, DEFAULT, n, work, point=default[n])
    points = ([plain] if plain.plain_seconds is not None else []) + list(default.values())
    if dask:
        for n in workers:
            with dask_cluster(n) as address:
                if address is None:
                    _log("  dask: distributed is not installed (pip install 'newsbeam[dask]'); skipped")
                    break
                warm_up(address, n, work)
                points.append(run_point(kind, n_entries, directory, DASK, n, work, address, repeat=repeat))
    return points


def paired(points: list[Point], kind: str, runner_a: str, n_a: int, runner_b: str, n_b: int) -> list[float]:
    """Per round, the wall of point a over the wall of point b (rounds where both ran): the
    ratio of two points measured minutes apart, not best against best."""
    a = next((p for p in points if p.corpus == kind and p.runner == runner_a and p.workers == n_a), None)
    b = next((p for p in points if p.corpus == kind and p.runner == runner_b and p.workers == n_b), None)
    if a is None or b is None:
        return []
    return [x / y for x, y in zip(a.rounds, b.rounds) if x and y]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


STARTUP = (("--version", ["--version"]),
           ("run, one small file", ["run", "--input", "{small}", "--output", "{out}"]),
           ("extract, one small file", ["extract", "{small}"]))


def measure_startup(work: Path) -> dict[str, tuple[float, float] | None]:
    """Best of three (wall s, CPU s) of each start-up command, in a fresh process each.

    Each command first runs once untimed with bytecode writes allowed, so the timed runs read the
    project's ``.pyc`` files as every run after a user's first does (an environment that sets
    ``PYTHONDONTWRITEBYTECODE``, like CI's, would otherwise compile the pure modules in every
    process and time the compiler)."""
    import json as _json
    import random

    small = work / "startup" / "one-article.jsonl"
    small.parent.mkdir(parents=True, exist_ok=True)
    small.write_text(_json.dumps(corpus.seed_article(0, random.Random(1)), ensure_ascii=False) + "\n")
    found: dict[str, tuple[float, float] | None] = {}
    warm = {k: v for k, v in _env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    for label, args in STARTUP:
        out = work / "startup" / "out-warm"
        measure(_python_m("newsbeam", *[a.format(small=small, out=out) for a in args]), cwd=str(ROOT), env=warm)
        shutil.rmtree(out, ignore_errors=True)
        best = None
        for attempt in range(3):
            out = work / "startup" / f"out-{attempt}"
            argv = _python_m("newsbeam", *[a.format(small=small, out=out) for a in args])
            m = measure(argv, cwd=str(ROOT), env=_env())
            shutil.rmtree(out, ignore_errors=True)
            if m.returncode:
                _log(f"  {label}: failed ({m.returncode}): {m.stderr[-300:]}")
                best = None
                break
            if best is None or m.seconds < best[0]:
                best = (m.seconds, m.cpu_total)
        found[label] = best
        if best:
            _log(f"  startup {label}: {best[0]:.2f} s wall, {best[1]:.2f} s CPU")
    return found


# --------------------------------------------------------------------------- report


def _one(points: list[Point], kind: str, runner: str, n: int) -> Point | None:
    return next((p for p in points if p.corpus == kind and p.runner == runner and p.workers == n and p.ok), None)


def efficiency(points: list[Point], p: Point) -> float | None:
    base = _one(points, p.corpus, p.runner, 1)
    if base is None or not p.ok or p.runner == "plain":
        return None
    return p.rate / (p.workers * base.rate)


def print_report(points: list[Point], workers: list[int],
                 startup: dict | None = None) -> list[tuple[bool | None, str]]:
    print(f"newsbeam scaling bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {machine()}")
    print()
    head = (f"{'corpus':<16}{'runner':<9}{'workers':>8}{'wall s':>8}{'entries/s':>11}{'speed-up':>10}"
            f"{'efficiency':>12}{'CPU main s':>12}{'CPU workers s':>15}{'CPU ms/entry':>14}{'articles':>10}")
    print(head)
    print("-" * len(head))
    for p in points:
        base = _one(points, p.corpus, p.runner, 1)
        speedup = p.rate / base.rate if p.ok and base and p.runner != "plain" else None
        eff = efficiency(points, p)
        m = p.measured
        cpu = m.cpu_of("main") + (p.cpu_workers or 0.0) if m and p.ok else p.plain_cpu
        main_cpu = m.cpu_of("main") if m and p.ok else p.plain_cpu
        print(f"{p.corpus + ' ' + format(p.entries, ','):<16}{p.runner:<9}{p.workers:>8}"
              f"{_f(p.seconds, '.1f', 'failed'):>8}{_f(p.rate, ',.0f'):>11}{_f(speedup, '.2f', suffix='x'):>10}"
              f"{_f(eff, '.0%'):>12}{_f(main_cpu, '.1f'):>12}"
              f"{_f(p.cpu_workers if m and p.ok else None, '.1f'):>15}"
              f"{_f(1000 * cpu / p.entries if cpu else None, '.2f'):>14}{_f(p.articles, ','):>10}")
    print()
    for line in paired_lines(points, workers):
        print(line)
    print("speed-up: throughput / the same runner's at 1 worker; efficiency: speed-up / workers")
    print("CPU: user + system seconds of the run's own process (main: the runner, or the Dask client) and")
    print("of its worker processes (Dask: the cluster's worker processes, over the run);")
    print("plain: the loop alone, imports excluded, as in bench.run (its CPU under 'CPU main s');")
    print("each point is the fastest of its rounds; the rounds alternate plain, 1, ..., N (--repeat)")
    print()
    for label, got in (startup or {}).items():
        print(f"startup: newsbeam {label}: " + (f"{got[0]:.2f} s wall, {got[1]:.2f} s CPU (best of 3)"
                                                 if got else "failed"))
    print()
    verdicts = targets(points, workers) + startup_targets(startup or {})
    for ok, text in verdicts:
        print(f"{'PASS' if ok else ('FAIL' if ok is False else 'N/A ')}  {text}")
    note = whole_process_note(points)
    if note:
        print(f"note  {note}")
    passed = sum(1 for ok, _ in verdicts if ok)
    measured = sum(1 for ok, _ in verdicts if ok is not None)
    curve = "; ".join(
        f"{kind} {runner} " + " ".join(f"{n}:{p.rate:,.0f}/s" for n in workers
                                       if (p := _one(points, kind, runner, n)) is not None)
        for kind in dict.fromkeys(p.corpus for p in points) for runner in (DEFAULT, DASK)
        if _one(points, kind, runner, 1) is not None)
    print()
    print(f"scaling: {passed}/{measured} targets pass | {curve}")
    return verdicts


def paired_lines(points: list[Point], workers: list[int]) -> list[str]:
    """Per corpus, the ratios of each round's own runs (1 worker / plain; 1 worker / N workers,
    that is N's throughput over 1's), with their median: the same ratios as the targets', taken
    within a round instead of fastest against fastest."""
    lines = []
    for kind in dict.fromkeys(p.corpus for p in points):
        pairs = [("1 worker / plain", paired(points, kind, DEFAULT, 1, "plain", 1))]
        pairs += [(f"{n} workers / 1 (throughput)", paired(points, kind, DEFAULT, 1, DEFAULT, n))
                  for n in workers if n > 1]
        for label, ratios in pairs:
            if len(ratios) > 1:
                lines.append(f"{kind}: {label}, per round: " + ", ".join(f"{r:.2f}x" for r in ratios)
                             + f" (median {median(ratios):.2f}x)")
    return lines


def _f(value, spec: str, missing: str = "-", suffix: str = "") -> str:
    return missing if value is None else format(value, spec) + suffix


def targets(points: list[Point], workers: list[int]) -> list[tuple[bool | None, str]]:
    out: list[tuple[bool | None, str]] = []

    def ratio(kind, runner, n, want, label):
        one, many = _one(points, kind, runner, 1), _one(points, kind, runner, n)
        if one is None or many is None:
            out.append((None, f"{label}: not measured"))
            return
        got = many.rate / one.rate
        out.append((got >= want, f"{label}: {got:.2f}x ({many.rate:,.0f} vs {one.rate:,.0f} entries/s)"))

    top = 2 if 2 in workers else max(workers)
    if top > 1:
        for kind in ("feeds", "articles"):
            want = 1.7 if top == 2 else 0.85 * top
            ratio(kind, DEFAULT, top, want, f"{kind}: {top} workers >= {want:.2f}x the throughput of 1 worker")
        want = 1.6 if top == 2 else 0.8 * top
        ratio("feeds", DASK, top, want, f"feeds: Dask {top} workers >= {want:.2f}x Dask 1 worker")
    one, plain = _one(points, "feeds", DEFAULT, 1), _one(points, "feeds", "plain", 1)
    if one and plain:
        got = one.seconds / plain.seconds
        text = (f"feeds: 1 worker <= 1.15x the plain loop's time: {got:.2f}x "
                f"({one.seconds:.1f} vs {plain.seconds:.1f} s)")
        out.append((got <= 1.15, text))
    else:
        out.append((None, "feeds: 1 worker <= 1.15x the plain loop's time: not measured"))
    return out


def whole_process_note(points: list[Point]) -> str | None:
    """1 worker against the plain loop with both counted as a user starts them: the run's wall
    includes its start-up (Python, Beam, the graph); the target's plain wall leaves out the loop's
    own imports (feedparser, pyarrow, newsbeam), so here its whole process is the other side."""
    one, plain = _one(points, "feeds", DEFAULT, 1), _one(points, "feeds", "plain", 1)
    if not (one and plain and plain.plain_process):
        return None
    return (f"feeds: 1 worker / the plain loop's whole process, its imports counted too (not the "
            f"target's measure): {one.seconds / plain.plain_process:.2f}x ({one.seconds:.1f} vs "
            f"{plain.plain_process:.1f} s)")


def startup_targets(startup: dict) -> list[tuple[bool | None, str]]:
    out: list[tuple[bool | None, str]] = []
    for label, limit in (("run, one small file", 2.0), ("--version", 0.5)):
        if label not in startup:
            continue
        got = startup[label]
        out.append((None, f"startup: newsbeam {label} < {limit} s: failed") if got is None else
                   (got[0] < limit, f"startup: newsbeam {label} < {limit} s: {got[0]:.2f} s"))
    return out


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.split("\n")[0])
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated (default: 1,2)")
    parser.add_argument("--quick", action="store_true", help="feeds 4k and articles 4k")
    parser.add_argument("--feeds", type=int, default=None, help="feed corpus entries, 0 to skip (default: 10000)")
    parser.add_argument("--articles", type=int, default=None,
                        help="JSONL corpus articles, 0 to skip (default: 10000)")
    parser.add_argument("--no-dask", action="store_true", help="skip the DaskRunner")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds: plain and each worker count alternate, the fastest of each kept, and "
                             "each round's own ratios printed (default: 1)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up commands")
    ns = parser.parse_args(argv)
    workers = sorted({int(w) for w in ns.workers.split(",") if w.strip()})
    if 1 not in workers:
        workers.insert(0, 1)  # efficiency is relative to one worker
    n_feeds = ns.feeds if ns.feeds is not None else (4_000 if ns.quick else 10_000)
    n_articles = ns.articles if ns.articles is not None else (4_000 if ns.quick else 10_000)
    if n_feeds and not corpus.shared_available():
        _log(f"feed corpus: {corpus.NEWS_FEEDS} is absent; only the article corpus is measured")
        n_feeds = 0
    work = Path(tempfile.mkdtemp(prefix="newsbeam-scaling-"))
    points: list[Point] = []
    startup = None
    try:
        startup = None if ns.no_startup else measure_startup(work)
        for kind, n in (("feeds", n_feeds), ("articles", n_articles)):
            if n:
                points += measure_corpus(kind, n, workers, work, dask=not ns.no_dask, repeat=ns.repeat)
    except KeyboardInterrupt:
        _log("interrupted: reporting what was measured")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(points, workers, startup)
    return 0


if __name__ == "__main__":
    sys.exit(main())
