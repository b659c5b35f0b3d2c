"""The critical path of one ``newsbeam run``: each phase, and how many cores the run kept busy in it.

    python -m bench.critical --input 'DIR/*' --output OUT --direct_num_workers=2 \\
                             --direct_running_mode=multi_processing

This process starts the run as a child (``python -m bench.critical --child ...``, which runs
``newsbeam run`` as the command does, with ``bench.timeline``'s probes on the stages and marks
at the run's steps) and samples, every 10 ms, the CPU of every process below it from
``/proc/PID/stat`` (the main process, the worker pool, each forked worker). The marks and the
samples are on one clock (CLOCK_MONOTONIC), so each phase (imports, graph, each stage, the
close, the commit, the exit) gets the CPU each process spent in it, and its busy cores: CPU over
wall. On a loaded machine walls stretch, but a phase's share of its own run and the CPU each
process spent in it still say which phases leave a core idle: a phase with one busy core out
of two costs its wall twice. It prints; it never asserts.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time

from bench.measure import _TICKS, stat_fields

MARKS_ENV = "NEWSBEAM_CRITICAL_MARKS"
SAMPLE_EVERY = 0.02  # s; /proc counts CPU in ticks of 10 ms, so phases are summed, not samples read


# -- the child: newsbeam run with marks --------------------------------------------------------

def _child(argv: list[str]) -> int:
    marks: list[tuple[str, float]] = [("main", time.monotonic())]
    from newsbeam.pipeline.cli import start_workers_early

    start_workers_early(["run", *argv])
    marks.append(("workers asked", time.monotonic()))
    import apache_beam  # noqa: F401

    marks.append(("beam imported", time.monotonic()))
    from bench import timeline
    from newsbeam.pipeline import run as run_mod

    stages: list[timeline.Stage] = []
    timeline.install(stages)

    def marked(name: str, fn):
        def call(*args, **kwargs):
            marks.append((f"{name} start", time.monotonic()))
            try:
                return fn(*args, **kwargs)
            finally:
                marks.append((f"{name} end", time.monotonic()))
        return call

    run_mod.build_pipeline = marked("graph", run_mod.build_pipeline)  # type: ignore[assignment]
    run_mod.commit.commit = marked("commit", run_mod.commit.commit)  # type: ignore[assignment]
    run_mod.write_manifest = marked("manifest", run_mod.write_manifest)  # type: ignore[assignment]
    from newsbeam.pipeline.cli import main as newsbeam_main

    code = newsbeam_main(["run", *argv])
    marks.append(("returned", time.monotonic()))
    with open(os.environ[MARKS_ENV], "w") as fh:
        json.dump({"marks": marks, "stages": [
            {"name": s.name, "start": s.start, "end": s.end,
             "parts": [[p.start, p.end, p.bytes_in] for p in s.parts]} for s in stages]}, fh)
    sys.stdout.flush()
    import gc

    gc.freeze()  # as the command's entry() does
    return code


# -- the parent: samples ------------------------------------------------------------------------

def _stat(pid: int) -> tuple[int, float, int] | None:
    fields = stat_fields(pid)
    if fields is None:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS, int(fields[7])  # parent, CPU, minor faults


def _runnable(pid: int) -> int:
    """How many of the process's threads are running or waiting for a core (state R)."""
    count = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        count += stat[stat.rfind(b")") + 2:stat.rfind(b")") + 3] == b"R"
    return count


def _tree(root: int) -> dict[int, tuple[int, float, int]]:
    """pid -> (parent, CPU seconds, minor page faults) for every process below ``root`` (root included)."""
    found: dict[int, tuple[int, float, int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            got = _stat(int(name))
            if got:
                found[int(name)] = got
    keep = {}
    for pid in found:
        up = pid
        while up in found and up != root:
            up = found[up][0]
        if up == root:
            keep[pid] = found[pid]
    return keep


def sample(root: int, out: list, stop: threading.Event) -> None:
    """Every SAMPLE_EVERY: each process's (parent, CPU so far, runnable threads, minor page
    faults so far); a process that has ended keeps its last counts (so a phase's sums do not
    lose them)."""
    last: dict[int, tuple[int, float, int, int]] = {}
    while not stop.is_set():
        now = time.monotonic()
        tree = _tree(root)
        seen = {pid: (parent, cpu, _runnable(pid), faults) for pid, (parent, cpu, faults) in tree.items()}
        for pid, (parent, cpu, _, faults) in last.items():
            seen.setdefault(pid, (parent, cpu, 0, faults))
        last = seen
        out.append((now, seen))
        stop.wait(SAMPLE_EVERY)


def role(pid: int, parent: int, root: int, pool: set[int]) -> str:
    if pid == root:
        return "main"
    if parent == root:
        return "pool"
    return "worker" if parent in pool else "other"


def cpu_at(samples: list, t: float) -> dict[int, float]:
    """CPU seconds of each process at time ``t`` (the last sample at or before it)."""
    lo, hi = 0, len(samples) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if samples[mid][0] <= t:
            lo = mid
        else:
            hi = mid - 1
    return {pid: got[1] for pid, got in samples[lo][1].items()}


def wanted(samples: list, a: float, b: float, cores: int) -> float:
    """The mean, over the samples in [a, b), of the run's runnable threads (at most ``cores``):
    how many cores the run could have used, whatever the machine's other load gave it."""
    counts = [min(cores, sum(got[2] for got in tree.values())) for t, tree in samples if a <= t < b]
    return sum(counts) / len(counts) if counts else float("nan")


def phases(marks: list, stages: list, started: float, ended: float) -> list[tuple[str, float, float]]:
    """The run's phases from the child's marks and stages, in order, end to end."""
    points = [("start", started)] + [(name, t) for name, t in marks]
    if stages:
        points.append(("stages", stages[0]["start"]))
        points.append(("after stages", stages[-1]["end"]))
    points.append(("exit", ended))
    points.sort(key=lambda p: p[1])
    out = []
    for (name, a), (next_name, b) in zip(points, points[1:]):
        if name == "stages":
            for s in stages:
                out.append((f"stage {s['name'][:40]}", s["start"], s["end"]))
            continue
        out.append((f"{name} -> {next_name}", a, b))
    return out


def analyse(samples: list, root: int, data: dict, started: float, ended: float, cores: int) -> str:
    roles: dict[int, str] = {}
    pool: set[int] = set()
    for _, tree in samples:
        for pid, (parent, *_) in tree.items():
            if parent == root and pid != root:
                pool.add(pid)
    first_seen: dict[int, float] = {}
    for t, tree in samples:
        for pid, (parent, *_) in tree.items():
            roles[pid] = role(pid, parent, root, pool)
            first_seen.setdefault(pid, t)
    lines = [f"{'phase':<48}{'from':>7}{'wall':>7}{'main':>6}{'pool':>6}{'wrkrs':>6}{'cores':>6}{'want':>6}"
             f"{'idle c-s':>9}{'est':>6}{'serial':>7}"]
    total_idle = total_est = total_serial = 0.0
    for name, a, b in phases(data["marks"], data["stages"], started, ended):
        if b <= a:
            continue
        ca, cb = cpu_at(samples, a), cpu_at(samples, b)
        by_role = {"main": 0.0, "pool": 0.0, "worker": 0.0, "other": 0.0}
        for pid, cpu in cb.items():
            by_role[roles.get(pid, "other")] += cpu - ca.get(pid, 0.0)
        busy = sum(by_role.values())
        idle = max(0.0, cores * (b - a) - busy)
        total_idle += idle
        # On an idle machine a process uses at most one core (the GIL): the phase would take
        # at least its busiest process's CPU, and at least all its CPU over the cores.
        top = max((cpu - ca.get(pid, 0.0) for pid, cpu in cb.items()), default=0.0)
        est = max(busy / cores, top)
        serial = est - busy / cores  # the part of ``est`` with a core idle, were the rest spread
        total_est += est
        total_serial += serial
        want = wanted(samples, a, b, cores)
        lines.append(f"{name[:47]:<48}{a - started:>7.2f}{b - a:>7.2f}{by_role['main']:>6.2f}{by_role['pool']:>6.2f}"
                     f"{by_role['worker']:>6.2f}{busy / (b - a):>6.2f}{want:>6.2f}{idle:>9.2f}{est:>6.2f}{serial:>7.2f}")
    lines.append(f"est: the phase's wall on {cores} idle cores, max(CPU / cores, the busiest process's CPU): "
                 f"{total_est:.2f} s in all, of which {total_serial:.2f} s with a core idle (serial)")
    final = cpu_at(samples, ended)
    cpu = {r: sum(c for pid, c in final.items() if roles.get(pid) == r) for r in ("main", "pool", "worker")}
    last_faults = {pid: got[3] for pid, got in samples[-1][1].items()}
    faults = {r: sum(f for pid, f in last_faults.items() if roles.get(pid) == r) for r in ("main", "pool", "worker")}
    wall = ended - started
    lines.append(f"wall {wall:.2f} s; CPU main {cpu['main']:.2f}, pool {cpu['pool']:.2f}, workers {cpu['worker']:.2f} s "
                 f"(sampled; a process's last 10 ms may be missed); idle core-s {total_idle:.2f} of {cores * wall:.2f}")
    lines.append(f"minor page faults: main {faults['main']:,}, pool {faults['pool']:,}, workers {faults['worker']:,} "
                 f"(a forked worker counts from its fork)")
    forks = sorted(t - started for pid, t in first_seen.items() if roles.get(pid) == "worker")
    if forks:
        lines.append("workers forked at " + ", ".join(f"{t:.2f}" for t in forks) + " s")
    workers = sorted(pid for pid, r in roles.items() if r == "worker")
    for s in data["stages"]:
        if len(s["parts"]) > 1:
            lens = [p[1] - p[0] for p in s["parts"]]
            if max(lens) - min(lens) > 0.05:
                ca, cb = cpu_at(samples, s["start"]), cpu_at(samples, s["end"])
                cpus = ", ".join(f"{cb.get(pid, 0.0) - ca.get(pid, 0.0):.2f}" for pid in workers)
                lines.append(f"  straggler: {s['name'][:40]} parts {', '.join(f'{x:.2f}' for x in lens)} s, "
                             f"{', '.join(f'{p[2] / 1e6:.2f}' for p in s['parts'])} MB in; workers' CPU {cpus} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--child":
        return _child(argv[1:])
    cores = os.cpu_count() or 2
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        marks_file = fh.name
    env = dict(os.environ, **{MARKS_ENV: marks_file})
    samples: list = []
    stop = threading.Event()
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "bench.critical", "--child", *argv], env=env)
    sampler = threading.Thread(target=sample, args=(child.pid, samples, stop), daemon=True)
    sampler.start()
    code = child.wait()
    ended = time.monotonic()
    stop.set()
    sampler.join()
    with open(marks_file) as fh:
        data = json.load(fh)
    os.unlink(marks_file)
    print()
    print(f"bench.critical: newsbeam run {' '.join(argv)} (exit {code})")
    print(analyse(samples, child.pid, data, started, ended, cores))
    return code


if __name__ == "__main__":
    sys.exit(main())
