"""The env-gated timeline of a run's processes (pipeline/trace.py) and how bench.scaling_timeline
cuts a worker's idle time by cause (issue 20)."""
from __future__ import annotations

import json
import os
import threading

from newsbeam.pipeline import trace

from bench import scaling_timeline


def test_a_mark_writes_nothing_unless_tracing(tmp_path, monkeypatch):
    monkeypatch.delenv(trace.TRACE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    trace.mark("pool start")
    assert not trace.enabled() and not list(tmp_path.iterdir())


def test_a_mark_is_one_json_line_of_this_process(tmp_path, monkeypatch):
    monkeypatch.setenv(trace.TRACE_ENV, str(tmp_path))
    trace.mark("forked", worker=1)
    trace.mark("pipeline")
    lines = [json.loads(line) for line in (tmp_path / f"trace-{os.getpid()}.jsonl").read_text().splitlines()]
    assert [(x["what"], x["pid"], x.get("worker")) for x in lines] == \
        [("forked", os.getpid(), 1), ("pipeline", os.getpid(), None)]
    assert lines[0]["t"] <= lines[1]["t"] and lines[0]["cpu_process"] >= 0


def test_each_threads_cpu_is_read_by_its_name():
    done = threading.Event()
    worker = threading.Thread(target=done.wait, name="made-up-reader", daemon=True)
    worker.start()
    try:
        seen = trace.threads_cpu()
    finally:
        done.set()
        worker.join()
    assert "MainThread" in seen and "made-up-reader" in seen and all(v >= 0 for v in seen.values())


def _bundle(start: float, end: float) -> dict:
    return {"what": "bundle", "start": start, "end": end}


def test_a_workers_idle_time_is_cut_by_what_it_waits_for():
    # the other worker is in a bundle from 2 to 5, then idle, then in one from 6 to 7
    others = [_bundle(2.0, 5.0), _bundle(6.0, 7.0)]
    assert scaling_timeline._idle_parts(1.0, 2.0, first=True, last=False, others=others) == [("front", 1.0, 2.0, "")]
    assert scaling_timeline._idle_parts(3.0, 6.5, first=False, last=False, others=others) == [
        ("straggler", 3.0, 5.0, ""), ("runner", 5.0, 6.0, ""), ("straggler", 6.0, 6.5, "")]
    assert scaling_timeline._idle_parts(8.0, 9.0, first=False, last=True, others=others) == [("tail", 8.0, 9.0, "")]


def test_a_workers_life_is_busy_and_idle_end_to_end():
    data = {"stages": [{"name": "Parse", "start": 0.9, "end": 3.0}, {"name": "Decide", "start": 3.0, "end": 5.0}],
            "marks": []}
    workers = {
        1: [{"what": "forked", "t": 0.5}, _bundle(1.0, 2.0), _bundle(3.1, 4.9), {"what": "exit", "t": 5.2}],
        2: [{"what": "forked", "t": 0.5}, _bundle(1.0, 3.0), _bundle(3.1, 4.0), {"what": "exit", "t": 5.1}],
    }
    spans = scaling_timeline.intervals(workers, data)
    assert [(k, a, b) for k, a, b, _ in spans[1]] == [
        ("front", 0.5, 1.0), ("busy", 1.0, 2.0), ("straggler", 2.0, 3.0), ("runner", 3.0, 3.1),
        ("busy", 3.1, 4.9), ("tail", 4.9, 5.2)]
    assert [note for k, _, _, note in spans[1] if k == "busy"] == ["Parse", "Decide"]
    covered = sum(b - a for _, a, b, _ in spans[2])
    assert abs(covered - (5.1 - 0.5)) < 1e-9
