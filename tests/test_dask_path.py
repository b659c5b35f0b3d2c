"""bench.dask_path (issue 20): the critical path, the idle by cause and the CPU replay of a dump."""
from __future__ import annotations

import json

from bench.dask_path import critical_path, idle, load, replay


def _task(key, worker, start, end, cpu, deps=(), transfer=0.0):
    return {"key": f"{key}-run{key}", "worker": worker, "start": start, "end": end, "compute": end - start - transfer,
            "transfer": transfer, "cpu": cpu, "deps": [f"{d}-run{d}" for d in deps]}


def _rows():
    # Two hands (a on w1, b on w2, b slower), a join on w1 that reads both, then a last task on w1.
    return [
        _task("a", "w1", 1.0, 2.0, 0.5),
        _task("b", "w2", 1.0, 3.0, 1.0),
        _task("small", "w1", 2.1, 2.2, 0.1),
        _task("join", "w1", 3.1, 3.5, 0.2, deps=("a", "b"), transfer=0.05),
        _task("last", "w1", 3.6, 4.0, 0.3, deps=("join",)),
    ]


def test_the_critical_path_follows_the_latest_input_across_workers():
    path = critical_path(_rows())
    assert [task["key"].split("-")[0] for task, _, _ in path] == ["b", "join", "last"]
    assert [cause for _, cause, _ in path] == ["the client's start", "input, other worker", "input, same worker"]
    assert abs(path[1][2] - 0.1) < 1e-9  # the join started 0.1 s after b ended


def test_a_worker_waiting_for_the_other_workers_input_is_idle_at_a_barrier():
    causes = idle(_rows())
    assert abs(causes["w1"]["input on another worker"] - 0.8) < 1e-9  # 2.2 -> 3.0, b still computing
    assert abs(causes["w1"]["ready, not started (round trip)"] - (0.1 + 0.1 + 0.1)) < 1e-9
    assert abs(causes["w2"]["nothing left"] - 1.0) < 1e-9


def test_the_replay_runs_each_task_for_its_cpu_on_its_worker():
    span, busy = replay(_rows())
    # w2's b takes 1.0; the join waits for it, then 0.2 and 0.3 on w1
    assert abs(span - 1.5) < 1e-9
    assert abs(busy["w1"] - 1.1) < 1e-9 and abs(busy["w2"] - 1.0) < 1e-9
    assert abs(replay(_rows(), latency=0.01)[0] - 1.52) < 1e-9


def test_load_reads_the_run_line_and_skips_tasks_that_never_ran(tmp_path):
    dump = tmp_path / "run-0.jsonl"
    rows = _rows() + [{"key": "lost-x", "worker": "w1", "start": None, "end": None, "compute": 0, "transfer": 0, "cpu": 0}]
    dump.write_text("\n".join(json.dumps(r) for r in [{"run": {"workers": 2, "client_cpu": 1.0}}] + rows) + "\n")
    run, loaded = load(str(dump))
    assert run == {"workers": 2, "client_cpu": 1.0}
    assert len(loaded) == 5


def test_the_parse_tail_is_the_time_between_the_workers_last_parse_ends():
    from bench.dask_path import parse_tail

    rows = [
        _task("ParDo(_Parse)0", "w1", 1.0, 2.0, 0.5),
        _task("ParDo(_Parse)1", "w2", 1.0, 3.0, 0.8),
        _task("ParDo(_Parse)2", "w1", 2.0, 2.5, 0.2),
        _task("join", "w1", 3.1, 3.5, 0.2, deps=("ParDo(_Parse)1",)),
    ]
    ends: dict = {}
    replay(rows, 0.0, None, ends)
    assert "replayed last ends 0.70 / 0.80 s: tail 0.10 s; observed (wall) 0.50 s" in parse_tail(rows, ends)
    assert parse_tail(rows, ends).startswith("parse tasks 2 / 1, CPU 0.70 / 0.80 s")


def test_the_replay_orders_a_worker_s_tasks_by_their_compute_not_their_first_fetch():
    # w1's long task fetched an input from w2 (its recorded start) before w1 computed the small
    # piece that w2's long task reads: replayed by the fetch, w2 would wait for w1's long task
    rows = [
        _task("plan", "w2", 0.0, 0.1, 0.1),
        _task("piece2", "w2", 0.10, 0.10, 0.0, deps=("plan",)),
        _task("long1", "w1", 0.101, 5.0, 2.0, deps=("piece2",), transfer=0.004),
        _task("piece1", "w1", 0.102, 0.102, 0.0, deps=("plan",)),
        _task("long2", "w2", 0.103, 5.0, 2.0, deps=("piece1",)),
    ]
    span, _ = replay(rows)
    assert abs(span - 2.1) < 1e-9
