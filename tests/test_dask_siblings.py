"""The DaskRunner's merge of sibling tasks (``Graph._merge_siblings``, bench/README.md, "Stop 41,
dask5"): the readers of one task on its worker run as one task, each reader of theirs takes its
own output, the read task runs once; graph-level checks, no cluster needed."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")

from tests.dask_graph_probes import WORKERS, stages as _stages, tagged as _tagged, values as _values  # noqa: E402


def test_the_readers_of_one_task_run_as_one_task_and_their_readers_get_each_its_own_output():
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import Graph, Ref

    runs = []

    def parse(part):
        runs.append(len(part))
        return _tagged(part)

    graph = Graph()
    parsed = graph.add("Parse", parse, Ref(graph.data("Create", list(range(9)))))
    kept = graph.add("Kept", _values, Ref(parsed), "kept")
    rejected = graph.add("Rejected", _values, Ref(parsed), "rejected")
    joined = graph.add("Join", lambda a, b: (list(a), len(b)), Ref(kept), Ref(rejected))
    tasks, _, keys = graph.fuse([joined])
    assert len(tasks) == 2  # Create+Parse+Kept+Rejected and Join: 4 with Kept and Rejected apart
    (merged,) = [key for key in tasks if "Kept" in _stages(key)]
    assert _stages(merged) == ["Create", "Parse", "Kept", "Rejected"]
    assert list(get_sync(tasks, keys)) == [([1, 2, 4, 5, 7, 8], 3)]
    assert runs == [9]  # the read task ran once inside the merged one


def test_a_sibling_read_on_another_worker_stays_a_task_of_its_own_and_a_side_reader_merges():
    """A reader on the other worker would fetch the merged task's whole tuple: that sibling
    stays apart. A sibling that reads a side input computed elsewhere merges with the others."""
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import ALL, Graph, Ref

    graph = Graph(WORKERS)
    here, there = graph.place(0), graph.place(1)
    side = graph.side([graph.data("Config", [10])], ALL)
    source = graph.add("Source", _tagged, Ref(graph.data("Create", list(range(6)))), where=here)
    kept = graph.add("Kept", _values, Ref(source), "kept")
    rejected = graph.add("Rejected", _values, Ref(source), "rejected")
    moved = graph.add("Moved", len, Ref(rejected), where=there)  # read on the other worker
    shifted = graph.add("Shifted", lambda part, s: [x + s[0] for got, x in part if got == "kept"], Ref(source), Ref(side))
    joined = graph.add("Join", lambda a, b: list(a) + list(b), Ref(kept), Ref(shifted))
    tasks, where, keys = graph.fuse([moved, joined])
    assert [_stages(key) for key in tasks if "Rejected" in _stages(key)] == [["Rejected"]]
    (merged,) = [key for key in tasks if "Kept" in _stages(key)]
    assert "Shifted" in _stages(merged) and where[merged] == here
    assert list(get_sync(tasks, keys)) == [2, [1, 2, 4, 5, 11, 12, 14, 15]]


def test_siblings_whose_one_computes_a_side_input_the_other_reads_stay_apart():
    """Merged, the task would wait for a side input computed from its own output: a cycle."""
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import ALL, Graph, Ref

    graph = Graph()
    source = graph.add("Source", _tagged, Ref(graph.data("Create", list(range(6)))))
    kept = graph.add("Kept", _values, Ref(source), "kept")
    counted = graph.add("Counted", lambda part, extra: [len(part) + len(extra)], Ref(kept), Ref(graph.data("Extra", [])))
    side = graph.side([counted, graph.data("More", [5])], ALL)  # Kept -> Counted -> Side, none inlined
    shifted = graph.add("Shifted", lambda part, s: [x + s[0] for got, x in part if got == "rejected"], Ref(source), Ref(side))
    joined = graph.add("Join", lambda a, b: list(a) + list(b), Ref(shifted), Ref(graph.data("Last", [0])))
    tasks, _, keys = graph.fuse([joined])
    assert not [key for key in tasks if "Kept" in _stages(key) and "Shifted" in _stages(key)]
    assert list(get_sync(tasks, keys)) == [[4, 7, 0]]


def test_a_pipelines_tagged_outputs_are_read_in_fewer_tasks_with_the_same_elements():
    """A ParDo with a tagged output, its main and tagged readers on each partition, joined: one
    task per partition reads both, and keeps its hand's worker."""
    import apache_beam as beam
    from apache_beam.runners.dask.overrides import dask_overrides

    from newsbeam.pipeline.dask_runner import _Visitor

    def split(x):
        yield beam.pvalue.TaggedOutput("odd", x) if x % 2 else x

    p = beam.Pipeline()
    parts = (p | beam.Create(list(range(40))) | "Spread" >> beam.Reshuffle()
             | "Split" >> beam.FlatMap(split).with_outputs("odd", main="even"))
    evens = parts.even | "Evens" >> beam.Map(lambda x: x // 2)
    odds = parts.odd | "Odds" >> beam.Map(lambda x: x * 3)
    _ = (evens, odds) | "Both" >> beam.Flatten()
    p.replace_all(dask_overrides())
    visitor = _Visitor({"npartitions": 2}, WORKERS)
    p.visit(visitor)
    tasks, where, _ = visitor.graph.fuse(visitor.drains())
    readers = [key for key in tasks if "Evens" in _stages(key) or "Odds" in _stages(key)]
    assert len(readers) == 2 and all("Evens" in _stages(key) and "Odds" in _stages(key) for key in readers)
    assert sorted(where[key]["workers"][0] for key in readers) == WORKERS


def test_a_split_read_by_a_gather_stays_apart_from_its_siblings():
    """A gather reads the other worker's piece too: the scheduler may run it there, and it
    would then fetch the split's merged siblings (a whole extraction) with the split."""
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import Graph, Ref

    def keyed(part):
        return [("kept", (x % 3, x)) for x in part] + [("rejected", -x) for x in part]

    graph = Graph(WORKERS)
    parts = [graph.add("Source", keyed, Ref(graph.data("Create", list(range(k, 12, 2)))), where=graph.place(k))
             for k in range(2)]
    groups = graph.group_by_key("Group", parts, "kept")
    others = [graph.add("Other", _values, Ref(part), "rejected") for part in parts]
    joined = [graph.add("Join", lambda a, b: (sorted((k, sorted(v)) for k, v in a), len(b)), Ref(g), Ref(o))
              for g, o in zip(groups, others)]
    tasks, _, keys = graph.fuse(joined)
    assert not [key for key in tasks if "Other" in _stages(key) and "Group/Split" in _stages(key)]
    found = list(get_sync(tasks, keys))
    assert sorted(kv for groups_, _ in found for kv in groups_) == [
        (0, [0, 3, 6, 9]), (1, [1, 4, 7, 10]), (2, [2, 5, 8, 11])]
    assert [count for _, count in found] == [6, 6]
