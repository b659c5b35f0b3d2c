"""dask_priority (issue 20): a placed task that a task on another worker reads runs first."""
from __future__ import annotations

import types

from newsbeam.pipeline.dask_priority import FEEDS_ANOTHER_WORKER, feeding_others, prioritized


def _node(*deps):
    return types.SimpleNamespace(dependencies=set(deps))


def _at(worker):
    return {"workers": [worker], "allow_other_workers": True}


def _graph():
    # Each worker splits its hand into two pieces; each gather reads its own piece and the other's;
    # a long local task on each worker reads its split too; a side input (unplaced) reads both gathers.
    tasks = {
        "split-a": _node(), "split-b": _node(),
        "piece-a1": _node("split-a"), "piece-a2": _node("split-a"),
        "piece-b1": _node("split-b"), "piece-b2": _node("split-b"),
        "long-a": _node("split-a"), "long-b": _node("split-b"),
        "gather-1": _node("piece-a1", "piece-b1"), "gather-2": _node("piece-a2", "piece-b2"),
        "side": _node("gather-1", "gather-2"), "use-1": _node("side"), "use-2": _node("side", "long-b"),
        "lone": _node("long-a"), "after-lone": _node("lone"),
    }
    where = {"split-a": _at("w1"), "piece-a1": _at("w1"), "piece-a2": _at("w1"), "long-a": _at("w1"),
             "split-b": _at("w2"), "piece-b1": _at("w2"), "piece-b2": _at("w2"), "long-b": _at("w2"),
             "gather-1": _at("w1"), "gather-2": _at("w2"), "side": None,
             "use-1": _at("w1"), "use-2": _at("w2"), "lone": None, "after-lone": _at("w1")}
    return tasks, where


def test_the_pieces_another_worker_gathers_and_a_side_input_both_workers_read_run_first():
    tasks, where = _graph()
    # long-a is read by the unplaced lone, which only w1 reads on: lone is not first, long-a is
    assert feeding_others(tasks, where) == {"piece-a2", "piece-b1", "gather-1", "gather-2", "side", "long-a"}


def test_priority_is_added_to_the_placement_and_nothing_else_changes():
    tasks, where = _graph()
    found = prioritized(tasks, where)
    assert found["piece-a2"] == {**_at("w1"), "priority": FEEDS_ANOTHER_WORKER}
    assert found["split-a"] == _at("w1") and found["piece-a1"] == _at("w1")
    assert found["side"] == {"priority": FEEDS_ANOTHER_WORKER} and found["lone"] is None
    assert where["piece-a2"] == _at("w1")  # the caller's mapping is left as it was


def test_one_worker_places_nothing_and_orders_nothing():
    tasks, _ = _graph()
    assert prioritized(tasks, dict.fromkeys(tasks)) == dict.fromkeys(tasks)


def test_a_task_left_out_of_the_placement_is_ordered_too():
    tasks, where = _graph()
    del where["side"], where["lone"]  # the graph's preferences name placed tasks only
    found = prioritized(tasks, where)
    assert found["side"] == {"priority": FEEDS_ANOTHER_WORKER} and "lone" not in found
