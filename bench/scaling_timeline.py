"""When each worker of a multi-worker ``newsbeam run`` is idle, and what the run does meanwhile.

    python -m bench.scaling_timeline --input 'DIR/*' --output OUT --direct_num_workers=2 \\
                                     --direct_running_mode=multi_processing [--json FILE]

It runs the command as ``bench.critical`` does (a child with the runner's marks and stage
probes, its processes' CPU sampled from ``/proc`` every 20 ms) and with ``NEWSBEAM_TRACE`` set,
so that the pool process and each forked worker write their own timeline
(``pipeline/trace.py``: pool start, preload, fork, each bundle's arrival, start, end, thread
CPU and input wait). All on CLOCK_MONOTONIC. It prints, in seconds from the run's start:

* the events of every process (main: Beam imported, graph, first and last stage, commit,
  exit; pool: start, preloaded; each worker: forked, first and last bundle of each stage);
* each worker's life cut into ``busy`` (inside a bundle) and ``idle`` intervals, each idle
  interval with its cause: ``front`` (before its first bundle), ``straggler`` (the other
  worker is still in a bundle of the same stage: the barrier), ``runner`` (no worker in a
  bundle: the main process between stages), ``tail`` (after its last bundle), with the main
  process's CPU in it and the phase it was in;
* the totals per cause and per worker, the slots' time before the workers exist
  (``unforked``), and per bundle the waits inside it (request queued, input waited).

It prints; it never asserts. Walls under load stretch; the shares of one run still say where.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from bench import critical
from bench.stages import _short

TRACE_ENV = "NEWSBEAM_TRACE"  # pipeline/trace.py's
MIN_GAP = 0.005  # s: shorter idle intervals are the bundle's own return trip, counted, not listed


def _load_traces(directory: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for name in sorted(os.listdir(directory)):
        if name.startswith("trace-") and name.endswith(".jsonl"):
            with open(os.path.join(directory, name)) as fh:
                lines = [json.loads(line) for line in fh if line.strip()]
            if lines:
                out[lines[0]["pid"]] = lines
    return out


def _phase_at(data: dict, t: float) -> str:
    """What the main process was doing at ``t``: the stage it ran, or its last mark."""
    for s in data["stages"]:
        if s["start"] <= t < s["end"]:
            return "stage " + s["name"][:28]
    last = "start"
    for name, at in data["marks"]:
        if at <= t:
            last = name
    after = [s for s in data["stages"] if s["end"] <= t]
    if after and after[-1]["end"] > next((at for name, at in reversed(data["marks"]) if at <= t), 0.0):
        return "after " + after[-1]["name"][:28]
    return last


def _stage_of(data: dict, t0: float, t1: float) -> str:
    """The runner's stage a worker's bundle belongs to (the one its interval overlaps most)."""
    best, overlap = "?", 0.0
    for s in data["stages"]:
        o = min(t1, s["end"]) - max(t0, s["start"])
        if o > overlap:
            best, overlap = s["name"], o
    return best


def intervals(workers: dict[int, list[dict]], data: dict) -> dict[int, list[tuple]]:
    """Per worker: (kind, start, end, note) from its fork to its exit, busy and idle alike."""
    bundles = {pid: sorted((b for b in lines if b["what"] == "bundle"), key=lambda b: b["start"])
               for pid, lines in workers.items()}
    out: dict[int, list[tuple]] = {}
    for pid, lines in workers.items():
        forked = next((x["t"] for x in lines if x["what"] == "forked"), lines[0]["t"])
        ended = next((x["t"] for x in reversed(lines) if x["what"] in ("exit", "pipeline done")), lines[-1]["t"])
        others = [b for p, bs in bundles.items() if p != pid for b in bs]
        mine = bundles[pid]
        spans: list[tuple] = []
        at = forked
        for i, b in enumerate(mine + [None]):
            gap_end = b["start"] if b else ended
            if gap_end > at:
                spans.extend(_idle_parts(at, gap_end, first=i == 0, last=b is None, others=others))
            if b:
                spans.append(("busy", b["start"], b["end"], _stage_of(data, b["start"], b["end"])))
                at = b["end"]
        out[pid] = spans
    return out


def _idle_parts(a: float, b: float, *, first: bool, last: bool, others: list[dict]) -> list[tuple]:
    """An idle interval of one worker, cut where the other workers' bundles begin or end: while
    one of them is in a bundle the idle worker waits for a straggler, otherwise for the runner."""
    if first:
        return [("front", a, b, "")]
    if last:
        return [("tail", a, b, "")]
    cuts = sorted({a, b, *(x for o in others for x in (o["start"], o["end"]) if a < x < b)})
    parts: list[tuple] = []
    for x, y in zip(cuts, cuts[1:]):
        mid = (x + y) / 2
        kind = "straggler" if any(o["start"] <= mid < o["end"] for o in others) else "runner"
        if parts and parts[-1][0] == kind:
            parts[-1] = (kind, parts[-1][1], y, "")
        else:
            parts.append((kind, x, y, ""))
    return parts


def report(data: dict, traces: dict[int, list[dict]], samples: list, root: int, started: float,
           ended: float) -> str:
    pool = {pid: lines for pid, lines in traces.items() if any(x["what"] == "pool start" for x in lines)}
    workers = {pid: lines for pid, lines in traces.items() if pid not in pool}
    rel = lambda t: t - started  # noqa: E731
    lines = [f"wall {ended - started:.2f} s from the child's start to its exit"]
    events = [(at, "main", name) for name, at in data["marks"]]
    if data["stages"]:
        events += [(data["stages"][0]["start"], "main", "first stage " + data["stages"][0]["name"][:40]),
                   (data["stages"][-1]["end"], "main", "last stage ends")]
    for pid, got in pool.items():
        events += [(x["t"], f"pool {pid}", x["what"]) for x in got]
    for pid, got in workers.items():
        events += [(x["t"], f"worker {pid}", x["what"]) for x in got if x["what"] != "bundle"]
        firsts: dict[str, dict] = {}
        lasts: dict[str, dict] = {}
        for b in (x for x in got if x["what"] == "bundle"):
            name = _stage_of(data, b["start"], b["end"])
            firsts.setdefault(name, b)
            lasts[name] = b
        for name, b in firsts.items():
            events.append((b["start"], f"worker {pid}", f"first bundle {name[:40]}"))
            events.append((lasts[name]["end"], f"worker {pid}", f"last bundle ends {name[:34]}"))
    lines.append("events:")
    lines += [f"  {rel(t):7.3f}  {who:<13} {what}" for t, who, what in sorted(events)]
    spans = intervals(workers, data)
    totals: dict[str, float] = {}
    for pid, got in spans.items():
        lines.append(f"worker {pid}: idle intervals >= {MIN_GAP * 1000:.0f} ms (from-to s, length, cause, main's "
                     f"CPU in it, the main process's phase at its start)")
        per: dict[str, float] = {}
        for kind, a, b, note in got:
            per[kind] = per.get(kind, 0.0) + b - a
            if kind != "busy" and b - a >= MIN_GAP:
                ca, cb = critical.cpu_at(samples, a), critical.cpu_at(samples, b)
                main_cpu = cb.get(root, 0.0) - ca.get(root, 0.0)
                lines.append(f"  {rel(a):7.3f}-{rel(b):7.3f} {b - a:6.3f}  {kind:<9} main {main_cpu:5.2f}  "
                             f"{_phase_at(data, a)}")
        for kind, v in per.items():
            totals[kind] = totals.get(kind, 0.0) + v
        lines.append("  " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(per.items())) + " s")
        got_b = [x for x in traces[pid] if x["what"] == "bundle"]
        queued = sum(b["start"] - b["arrived"] for b in got_b)
        waited = sum(b["input_wait"] for b in got_b)
        cpu = sum(b["cpu"] for b in got_b)
        inside = sum(b["end"] - b["start"] for b in got_b)
        run_queue = sum(b.get("run_queue", 0.0) for b in got_b)
        done = [x for x in traces[pid] if x["what"] in ("pipeline done", "exit")]
        process_cpu = done[-1]["cpu_process"] if done else float("nan")
        lines.append(f"  {len(got_b)} bundles: {inside:.3f} s inside, bundle thread CPU {cpu:.3f} s, waiting for a core "
                     f"{run_queue:.3f} s, blocked {inside - cpu - run_queue:.3f} s (of it input waited {waited:.3f} s); "
                     f"requests queued {queued:.3f} s; bundle processors set up {sum(b.get('setup', 0.0) for b in got_b):.3f} s; "
                     f"the worker's process CPU {process_cpu:.3f} s (other threads "
                     f"{process_cpu - cpu:.3f} s)")
        if got_b and got_b[-1].get("threads"):
            by_thread = sorted(got_b[-1]["threads"].items(), key=lambda kv: -kv[1])
            lines.append("  its threads' CPU at its last bundle's end: "
                         + ", ".join(f"{name} {cpu_s:.2f}" for name, cpu_s in by_thread if cpu_s >= 0.005))
    forked = [next((x["t"] for x in w if x["what"] == "forked"), w[0]["t"]) for w in workers.values()]
    unforked = sum(f - started for f in forked)
    lines.append("all workers: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(totals.items()))
                 + f" s; before each was forked (from the run's start): {unforked:.3f} worker-s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--json")
    known, rest = parser.parse_known_args(argv)
    trace_dir = tempfile.mkdtemp(prefix="newsbeam-trace-")
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        marks_file = fh.name
    env = dict(os.environ, **{critical.MARKS_ENV: marks_file, TRACE_ENV: trace_dir})
    samples: list = []
    stop = threading.Event()
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "bench.critical", "--child", *rest], env=env)
    sampler = threading.Thread(target=critical.sample, args=(child.pid, samples, stop), daemon=True)
    sampler.start()
    code = child.wait()
    ended = time.monotonic()
    time.sleep(0.1)  # the workers' last lines
    stop.set()
    sampler.join()
    with open(marks_file) as fh:
        data = json.load(fh)
    os.unlink(marks_file)
    for s in data["stages"]:
        s["name"] = _short(s["name"]) if "+" in s["name"] else s["name"]
    traces = _load_traces(trace_dir)
    shutil.rmtree(trace_dir, ignore_errors=True)
    if known.json:
        with open(known.json, "w") as fh:
            json.dump({"started": started, "ended": ended, "runner": data, "traces": traces}, fh)
    print()
    print(f"bench.scaling_timeline: newsbeam run {' '.join(rest)} (exit {code})")
    print(report(data, traces, samples, child.pid, started, ended))
    return code


if __name__ == "__main__":
    sys.exit(main())
