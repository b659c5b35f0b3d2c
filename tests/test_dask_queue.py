"""The DaskRunner's queue of parse groups (``Graph.queue``, ``dask_deal._queue_plan``): the
files ``ReadFiles`` matched are cut into groups of decreasing work that ask for no worker, the
largest first, so that whichever worker is free parses the next (bench/README.md, "Stop 41,
dask5b"): graph-level checks, no cluster needed."""
from __future__ import annotations

import datetime

import pytest

pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")

WORKERS = ["tcp://127.0.0.1:1", "tcp://127.0.0.1:2"]


def test_two_workers_get_twelve_groups_halving_round_by_round():
    """A round is the two groups each worker holds at once: no worker starts with two large ones."""
    from newsbeam.pipeline.dask_deal import _group_count, _shares

    assert _group_count(2) == 12
    assert _shares(12, 2) == [0.125] * 4 + [0.0625] * 8
    assert _shares(8, 2, held=1) == [0.25] * 2 + [0.125] * 2 + [0.0625] * 4
    assert sum(_shares(18, 3)) == pytest.approx(1.0)


def test_more_threads_than_workers_get_more_groups_than_twice_the_threads():
    """The scheduler queues a group of tasks (hands one out when a worker is free) only when it
    has more tasks than twice the cluster's threads."""
    from newsbeam.pipeline.dask_deal import _group_count

    assert _group_count(2, threads=8) > 16
    assert _group_count(2, threads=8) % 2 == 0


def test_the_heaviest_files_fill_the_first_groups_and_the_last_groups_are_small():
    from newsbeam.pipeline.dask_deal import _queue_plan

    weights = [[100, 5, 60, 5, 40, 30, 5, 20, 5, 10, 10, 10]]  # 300 in all
    (plan,) = _queue_plan(weights, 12, 2)
    loads = [0] * 12
    for w, g in zip(weights[0], plan):
        loads[g] += w
    assert plan[0] == 0 and plan[2] == 1  # the two heaviest open the two first groups
    assert plan == [0, 8, 1, 9, 2, 3, 10, 4, 11, 5, 6, 7]
    assert loads == [100, 60, 40, 30, 20, 10, 10, 10, 5, 5, 5, 5]  # shares 37.5 four times, then 18.75
    assert loads[0] >= loads[-1] * 5


def test_every_element_of_every_partition_goes_to_one_group():
    from newsbeam.pipeline.dask_deal import _queue_plan

    weights = [[3, 1, 4, 1, 5], [9, 2, 6]]
    plan = _queue_plan(weights, 12, 2)
    assert [len(p) for p in plan] == [5, 3]
    assert all(0 <= g < 12 for p in plan for g in p)


def _read_and_spread(p):
    import apache_beam as beam

    from newsbeam.transforms.composites.sources import ReadFiles

    files, _, _ = p | ReadFiles(["/nonexistent/*.xml"], fetched_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
                                max_bytes=1000)
    return files | "Spread" >> beam.Reshuffle() | "Work" >> beam.Map(len)


def _graph(workers):
    import apache_beam as beam
    from apache_beam.runners.dask.overrides import dask_overrides

    from newsbeam.pipeline.dask_runner import _Visitor

    p = beam.Pipeline()
    _read_and_spread(p)
    p.replace_all(dask_overrides())
    visitor = _Visitor({"npartitions": 2}, workers)
    p.visit(visitor)
    return visitor.graph, *visitor.graph.fuse(visitor.drains())[:2]


def test_the_matched_files_are_queued_in_groups_asking_for_no_worker_largest_first():
    _, tasks, annotations = _graph(WORKERS)
    groups = sorted((annotations[k]["priority"], str(k)) for k in tasks if str(k).startswith("ReadFiles/SpreadFiles/Group"))
    assert [prio for prio, _ in groups] == list(range(1, 13))
    assert not any("workers" in annotations.get(k, {}) for _, k in groups)


def test_a_reshuffle_after_the_groups_reads_only_pieces_of_their_splits_and_asks_for_its_worker():
    """A group ran wherever a worker was free: a hand reading a group's split whole would move
    the other hand's piece too."""
    graph, tasks, annotations = _graph(WORKERS)
    hands = [k for k in tasks if str(k).startswith("Spread") and "workers" in annotations.get(k, {})]
    assert len(hands) == 2
    for hand in hands:
        reads = {str(d).rsplit("-", 1)[0] for d in tasks[hand].dependencies}
        assert reads == {"Spread/Piece"}


def test_one_worker_deals_the_files_as_before():
    _, tasks, annotations = _graph(WORKERS[:1])
    assert not annotations
    assert not any(str(k).startswith("ReadFiles/SpreadFiles/Group") for k in tasks)


def _read_and_group(p):
    import apache_beam as beam

    from newsbeam.transforms.composites.sources import ReadFiles

    files, rejects, _ = p | ReadFiles(["/nonexistent/*.xml"], fetched_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
                                      max_bytes=1000)
    _ = rejects | "CountRejects" >> beam.Map(len)
    return files | "Key" >> beam.Map(lambda d: (1, d)) | "Group" >> beam.GroupByKey() | "Work" >> beam.MapTuple(lambda k, vs: len(vs))


def test_what_reads_a_group_alone_runs_in_the_group_task_and_its_rejects_fold_into_one_partition():
    """The scheduler hands a group task to a free worker and sends its readers where it ran:
    the group's own task must hold the work (the parse), not only the files' read."""
    import apache_beam as beam
    from apache_beam.runners.dask.overrides import dask_overrides

    from newsbeam.pipeline.dask_runner import _Visitor

    p = beam.Pipeline()
    _read_and_group(p)
    p.replace_all(dask_overrides())
    visitor = _Visitor({"npartitions": 2}, WORKERS)
    p.visit(visitor)
    tasks, annotations, _ = visitor.graph.fuse(visitor.drains())
    queued = [str(k) for k in tasks if str(k).startswith("ReadFiles/SpreadFiles/Group")]
    assert len(queued) == 12 and all("Key" in k for k in queued)
    assert sorted(annotations[k]["priority"] for k in queued) == list(range(1, 13))
    assert sum(1 for k in tasks if str(k).startswith("ReadFiles/AllReadRejects")) == 1
