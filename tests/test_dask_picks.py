"""A join (a task that reads several) takes the items it needs of a merged sibling task from a
small ``Picked`` task on the merged task's worker, not the whole merged tuple: work stealing
may run a small join on the other worker, which then fetched a whole extraction for its
rejects (bench/README.md, "Stop 43, dask7b"). Graph-level checks, no cluster needed."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")

from tests.dask_graph_probes import WORKERS, stages as _stages, tagged as _tagged, values as _values  # noqa: E402


# per partition: its main output, that output's count, its rejects after an earlier stage's, its
# stats plus the earlier stage's
EXPECTED = [[20, 40, 80, 100], 4, [-1, 0, 6], 7, [10, 50, 70, 110], 4, [-1, 3, 9], 7]


def _build(workers):
    """Per partition: a stage with a large main output (its chain continues) and small rejects
    and stats, each read by a join with an earlier stage's on the same worker (as the
    pipeline's Flatten of every stage's rejects, partition by partition)."""
    from newsbeam.pipeline.dask_graph import Graph, Ref

    graph = Graph(workers)
    outputs = []
    for k in range(2):
        where = graph.place(k)
        earlier = graph.add("Earlier", list, Ref(graph.data("Old", [-1])), where=where)
        source = graph.add("Stage", _tagged, Ref(graph.data("Create", list(range(k, 12, 2)))), where=where)
        chain = graph.add("Next", lambda part: sorted(x * 10 for x in _values(part, "kept")), Ref(source))
        rejects = graph.add("Rejects", _values, Ref(source), "rejected")
        stats = graph.add("Stats", len, Ref(source))
        outputs += [graph.add("Write", list, Ref(chain)), graph.add("Count", len, Ref(chain)),
                    graph.add("AllRejects", lambda a, b: sorted(a + b), Ref(earlier), Ref(rejects)),
                    graph.add("AllStats", lambda a, b: len(a) + b, Ref(earlier), Ref(stats))]
    return graph, outputs


def test_a_join_reads_a_merged_tasks_small_items_from_a_pick_on_its_worker():
    from dask.local import get_sync

    graph, outputs = _build(WORKERS)
    tasks, where, keys = graph.fuse(outputs)
    merged = [key for key in tasks if "Rejects" in _stages(key) and "Stage" in _stages(key)]
    picks = [key for key in tasks if _stages(key) == ["Picked"]]
    assert len(merged) == 2 and len(picks) == 2
    joins = [key for key in tasks if _stages(key)[0] in ("AllRejects", "AllStats")]
    for join in joins:  # no join reads a merged task's whole tuple
        assert not tasks[join].dependencies & set(merged)
        assert len(tasks[join].dependencies & set(picks)) == 1
    for pick in picks:  # each pick reads one merged task, on that task's worker
        (source,) = tasks[pick].dependencies
        assert source in merged and where[pick] == where[source]
    assert list(get_sync(tasks, keys)) == EXPECTED


def test_one_worker_has_no_pick_and_gives_the_same_outputs():
    from dask.local import get_sync

    for workers in (WORKERS, []):
        graph, outputs = _build(workers)
        tasks, _, keys = graph.fuse(outputs)
        assert bool([key for key in tasks if _stages(key) == ["Picked"]]) == bool(workers)
        assert list(get_sync(tasks, keys)) == EXPECTED


def test_no_pick_when_joins_read_every_item():
    """Nothing would be left behind: the joins read the merged task as before."""
    from newsbeam.pipeline.dask_graph import Graph, Ref

    graph = Graph(WORKERS)
    sources = [graph.add("Stage", _tagged, Ref(graph.data("Create", [k, k + 2])), where=graph.place(k))
               for k in range(2)]
    kept = [graph.add("Kept", _values, Ref(s), "kept") for s in sources]
    rejected = [graph.add("Rejected", _values, Ref(s), "rejected") for s in sources]
    joined = graph.add("Join", lambda *parts: [list(p) for p in parts], *map(Ref, kept + rejected))
    tasks, _, _ = graph.fuse([joined])
    assert not [key for key in tasks if _stages(key) == ["Picked"]]
