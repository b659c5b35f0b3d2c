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


def test_off_values_turn_tracing_off_and_write_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for value in ("", "0", "false", "OFF", "no"):
        monkeypatch.setenv(trace.TRACE_ENV, value)
        trace.mark("pool start")
        assert not trace.enabled(), value
    assert not list(tmp_path.iterdir())


def test_a_missing_directory_is_made(tmp_path, monkeypatch):
    target = tmp_path / "made" / "here"
    monkeypatch.setenv(trace.TRACE_ENV, str(target))
    trace.mark("pool start")
    assert (target / f"trace-{os.getpid()}.jsonl").exists()


def test_a_directory_that_cannot_be_made_warns_once_and_turns_tracing_off(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(trace.TRACE_ENV, str(blocker / "under"))
    trace.mark("pool start")
    trace.mark("preloaded")
    assert not trace.enabled()
    assert capsys.readouterr().err.count("tracing off") == 1


def test_a_write_that_fails_mid_run_never_raises(tmp_path, monkeypatch, capsys):
    target = tmp_path / "gone"
    monkeypatch.setenv(trace.TRACE_ENV, str(target))
    trace.mark("pool start")
    (target / f"trace-{os.getpid()}.jsonl").unlink()
    target.rmdir()
    trace.mark("pipeline")  # the directory was removed under the run: a warning, not an error
    trace.mark("pipeline done")
    assert not trace.enabled() and "tracing off" in capsys.readouterr().err


def test_a_runs_marks_go_to_a_file_named_by_the_run_and_the_process(tmp_path, monkeypatch):
    from newsbeam.transforms.io.layout import RUN_PID_ENV

    assert trace.RUN_PID_ENV == RUN_PID_ENV
    monkeypatch.setenv(trace.TRACE_ENV, str(tmp_path))
    monkeypatch.setenv(RUN_PID_ENV, "4242")
    trace.mark("pool start")
    assert [p.name for p in tmp_path.iterdir()] == [f"trace-4242-{os.getpid()}.jsonl"]
