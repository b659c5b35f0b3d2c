"""bench.dask_idle (issue 20): each worker's idle intervals of a dump, and what they waited for."""
from __future__ import annotations

from bench.dask_idle import gaps, timeline


def _task(key, worker, start, end, cpu, deps=()):
    return {"key": f"{key}-run{key}", "worker": worker, "start": start, "end": end, "compute": end - start,
            "transfer": 0.0, "cpu": cpu, "deps": [f"{d}-run{d}" for d in deps]}


def _rows():
    # w1 parses a short hand, w2 a long one; the join on w1 waits for w2's hand; w2 ends first.
    return [
        _task("parse1", "w1", 0.0, 1.0, 1.0),
        _task("parse2", "w2", 0.2, 2.2, 2.0),
        _task("join", "w1", 2.2, 3.0, 0.8, deps=("parse1", "parse2")),
    ]


def test_a_gap_names_the_input_it_awaited_and_what_the_other_worker_ran():
    found = gaps(timeline(_rows(), observed=True), 0.05)
    assert [(g["worker"], g["where"], round(g["from"], 2), round(g["to"], 2)) for g in found] == [
        ("w2", "start", 0.0, 0.2), ("w1", "gap", 1.0, 2.2), ("w2", "end", 2.2, 3.0)]
    join = found[1]
    assert join["awaited"]["key"].startswith("parse2") and join["next"]["key"].startswith("join")
    assert abs(join["others"]["parse2"] - 1.2) < 1e-9
    assert found[2]["next"] is None


def test_the_replay_lens_takes_each_task_s_cpu():
    found = gaps(timeline(_rows(), observed=False), 0.05)
    # replayed: parse2 takes 2.0 from 0, parse1 1.0, the join starts at 2.0
    assert [(g["worker"], round(g["from"], 2), round(g["to"], 2)) for g in found] == [
        ("w1", 1.0, 2.0), ("w2", 2.0, 2.8)]
    assert found[0]["awaited"]["key"].startswith("parse2")


def test_shorter_gaps_are_not_listed():
    assert [g["where"] for g in gaps(timeline(_rows(), observed=True), 0.5)] == ["gap", "end"]


def test_the_idle_behind_another_worker_s_own_work_is_counted():
    from bench.dask_idle import behind

    rows = [
        _task("split", "w2", 0.0, 0.5, 0.5),
        _task("local", "w2", 0.5, 2.0, 1.5, deps=("split",)),  # ran first, though the piece was ready
        _task("piece", "w2", 2.0, 2.1, 0.1, deps=("split",)),
        _task("own", "w1", 0.0, 1.0, 1.0),
        _task("gather", "w1", 2.1, 2.5, 0.4, deps=("own", "piece")),
    ]
    tasks = timeline(rows, observed=True)
    (waited, awaited, ran), = behind(tasks, gaps(tasks, 0.05))
    assert abs(waited - 1.0) < 1e-9  # w1 idle from 1.0; the piece ready since 0.5, begun at 2.0
    assert awaited["key"].startswith("piece") and ran["key"].startswith("local")
