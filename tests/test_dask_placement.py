"""The DaskRunner's placement of a GroupByKey's gathers, its deal of int keys, and the tag
selection inside the consumers' own tasks (bench/README.md, "Stop 35, Dask"): graph-level
checks, no cluster needed."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")

WORKERS = ["tcp://127.0.0.1:1", "tcp://127.0.0.1:2"]


def _graph_of(build, workers=WORKERS, npartitions=2):
    """The task graph (key -> task) and each key's worker preference, as the runner submits
    them (fused), of the pipeline ``build(p)`` makes."""
    import apache_beam as beam
    from apache_beam.runners.dask.overrides import dask_overrides

    from newsbeam.pipeline.dask_runner import _Visitor

    p = beam.Pipeline()
    build(p)
    p.replace_all(dask_overrides())
    visitor = _Visitor({"npartitions": npartitions}, workers)
    p.visit(visitor)
    graph, annotations, _ = visitor.graph.fuse(visitor.drains())
    return visitor, graph, annotations


def _name(key) -> str:
    return str(key[0] if isinstance(key, tuple) else key)


def _two_stage(p):
    import apache_beam as beam

    return (p | beam.Create([(i % 4, f"article {i}") for i in range(40)]) | "Spread" >> beam.Reshuffle()
            | "Group" >> beam.GroupByKey() | "Work" >> beam.MapTuple(lambda k, vs: (k, len(vs))))


def test_each_gather_of_a_group_by_key_asks_for_its_own_worker():
    """Left to the scheduler, both gathers of a two-partition GroupByKey went to whichever
    worker was free first, and the work downstream (Decide, then Extract) followed them: one
    worker ran all of it while the other waited."""
    visitor, _, annotations = _graph_of(_two_stage)
    gathers = sorted((key, a) for key, a in annotations.items() if _name(key).startswith("Group/GroupByKey/Gather"))
    assert len(gathers) == 2
    assert sorted(w for _, a in gathers for w in a["workers"]) == WORKERS
    assert all(a["allow_other_workers"] for _, a in gathers)  # a preference: a worker may leave


def test_one_worker_or_one_partition_places_nothing():
    _, _, annotations = _graph_of(_two_stage, workers=WORKERS[:1])
    assert not annotations
    _, _, annotations = _graph_of(_two_stage, npartitions=None)
    assert not annotations


def test_int_keys_are_dealt_by_their_value_so_sixteen_shards_split_eight_and_eight():
    from newsbeam.pipeline.dask_runner import _hash_split

    shards = [(shard, f"article {i}") for i in range(4) for shard in range(16)]
    for n, want in ((2, [32, 32]), (4, [16, 16, 16, 16]), (3, [24, 20, 20])):
        assert [len(piece) for piece in _hash_split(shards, n)] == want
    # Anything else still by its token (the same in every process), a bool included.
    mixed = [("k", 1), (b"k", 2), (("t", 1), 3), (True, 4), (-3, 5)]
    pieces = _hash_split(mixed, 2)
    assert sorted(v for piece in pieces for _, v in piece) == [1, 2, 3, 4, 5]
    assert (-3, 5) in pieces[1]  # -3 % 2


def test_a_pardo_and_a_group_by_key_pick_their_tag_in_their_own_task():
    """A tagged output's consumers select their tag in their own tasks: no ``_only`` task
    per partition between a ParDo and what reads it."""
    import apache_beam as beam
    from apache_beam import pvalue

    def split(x):
        yield pvalue.TaggedOutput("odd", (x % 3, x)) if x % 2 else (x % 3, x)

    def build(p):
        parts = (p | beam.Create(list(range(12))) | "Spread" >> beam.Reshuffle()
                 | beam.ParDo(split).with_outputs("odd", main="even"))
        _ = parts.even | "Double" >> beam.MapTuple(lambda k, x: (k, 2 * x)) | "GroupEven" >> beam.GroupByKey()
        _ = parts.odd | "GroupOdd" >> beam.GroupByKey()

    _, graph, _ = _graph_of(build)
    assert not [key for key in graph if _name(key).startswith("_only")]


def test_the_selection_runs_inside_the_bundle_and_the_split():
    from apache_beam.transforms.window import GlobalWindows

    from newsbeam.pipeline.dask_runner import _ALL, _group, _hash_split, _run_bundle

    tagged = [(None, ("a", 1)), ("odd", ("b", 2)), (None, ("a", 3))]
    assert _group(_hash_split(tagged, 1, None)) == [("a", [1, 3])]
    assert _group(_hash_split(tagged, 1, "odd")) == [("b", [2])]
    import apache_beam as beam

    fn = beam.Map(lambda kv: kv[1]).fn
    out = _run_bundle(tagged, None, fn, GlobalWindows(), "Map", [], {}, [])
    assert [value for _, value in out] == [1, 3]
    assert len(_run_bundle([("a", 1)], _ALL, fn, GlobalWindows(), "Map", [], {}, [])) == 1


def test_a_feed_file_weighs_its_size_plus_the_items_its_head_promises(tmp_path):
    """Parsing costs per item as well as per byte: of two files of one size, the one with
    many short items weighs more; a file without item marks (JSONL), an unreadable one, or
    any file when the partition has too many to sample, weighs its size as before."""
    from newsbeam.pipeline.dask_deal import _weight, _weights
    from newsbeam.transforms.composites.file_weight import HEAD_BYTES, HEADS_BUDGET, ITEM_COST

    def feed(name: str, items: int, size: int) -> tuple[bytes, int]:
        body = "".join(f"<item><title>Story {i}</title></item>\n" for i in range(items))
        text = f"<rss><channel>{body}</channel></rss>".ljust(size) + "\n"
        path = tmp_path / name
        path.write_text(text)
        return (str(path).encode(), len(text.encode()))

    dense, sparse = feed("dense.xml", 400, 30_000), feed("sparse.xml", 4, 30_000)
    assert dense[1] == sparse[1]
    assert _weight(dense, HEAD_BYTES) == dense[1] + ITEM_COST * 400
    assert _weight(sparse, HEAD_BYTES) == sparse[1] + ITEM_COST * 4
    lines = tmp_path / "articles.jsonl"
    lines.write_text('{"title": "Quay vote", "body": "The council met."}\n' * 50)
    assert _weight((str(lines), lines.stat().st_size), HEAD_BYTES) == lines.stat().st_size
    assert _weight((str(tmp_path / "gone.xml"), 5_000), HEAD_BYTES) == 5_000
    assert _weights([dense, sparse, "other"]) == [dense[1] + ITEM_COST * 400, sparse[1] + ITEM_COST * 4, 1]
    many = [dense] * (HEADS_BUDGET // 4096 + 1)  # heads under 4 KB each: none read
    assert set(_weights(many)) == {dense[1]}


def _stages(key) -> list[str]:
    """The stage labels a (fused) task's key names."""
    return _name(key).rsplit("-", 1)[0].split("+")


def test_a_partitions_chain_of_stages_is_one_task_on_its_hands_worker():
    """Every ParDo per partition was a task of its own on two workers (Dask's fusion drops
    worker annotations); fused, a hand's chain is one task that keeps its worker."""
    import apache_beam as beam

    def build(p):
        _ = (p | beam.Create(list(range(40))) | "Spread" >> beam.Reshuffle()
             | "One" >> beam.Map(lambda x: x + 1) | "Two" >> beam.Map(lambda x: x * 2)
             | "Three" >> beam.Map(lambda x: x - 3))

    visitor, graph, annotations = _graph_of(build)
    chains = [key for key in graph if "One" in _stages(key)]
    assert len(chains) == 2
    for key in chains:
        assert _stages(key) == ["Spread", "One", "Two", "Three"]
        assert key in annotations  # the hand's worker, carried by the fused task
    assert sorted(annotations[key]["workers"][0] for key in chains) == WORKERS
    assert len(graph) < len(visitor.graph.tasks)


def test_the_inputs_of_a_join_stay_tasks_of_their_own():
    """A task with several inputs (the deal's plan, a side input, a gather) would run its inputs'
    work one after the other in one task, and pull their partitions to it: never inlined."""
    import apache_beam as beam

    def build(p):
        side = p | "Side" >> beam.Create([1]) | "SideWork" >> beam.Map(lambda x: x)
        _ = (p | beam.Create(list(range(40))) | "Spread" >> beam.Reshuffle()
             | "Use" >> beam.Map(lambda x, s: x + s, beam.pvalue.AsSingleton(side)))

    _, graph, _ = _graph_of(build)
    plans = [key for key in graph if _stages(key)[-1] == "Spread/Plan"]
    assert len(plans) == 1 and not [key for key in graph if "Spread/Weigh" in _stages(key)[:-1]]
    pieces = [key for key in graph if _stages(key) == ["Spread/Piece"]]
    assert len(pieces) == 2  # of 2 splits x 2 hands, the 2 that cross to the other worker, each alone
    uses = [key for key in graph if "Use" in _stages(key)]
    assert len(uses) == 2 and all("SideWork" not in _stages(key) for key in uses)


def test_a_task_read_twice_by_one_consumer_runs_once():
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import ALL, Graph, Ref

    runs = []

    def work(part):
        runs.append(1)
        return [x * 10 for x in part]

    graph = Graph()
    produced = graph.add("Work", work, Ref(graph.data("Create", [1, 2])))
    flat = graph.flatten("Flatten", [([produced], ALL), ([produced], ALL)])
    tasks, _, keys = graph.fuse(flat)
    assert [list(part) for part in get_sync(tasks, keys)] == [[10, 20, 10, 20]]
    assert len(runs) == 1


def test_two_runs_never_share_a_key():
    """The scheduler takes a key it holds for the same task: two runs' graphs on one cluster
    must not name a task alike, whatever their stages."""
    from newsbeam.pipeline.dask_graph import Graph

    first, second = Graph(), Graph()
    assert not set(first.drain([first.data("Create", [1])])) & set(second.drain([second.data("Create", [1])]))


def _deps(graph, key) -> set:
    return {str(d) for d in graph[key].dependencies}


def test_a_gather_reads_its_own_workers_split_whole_and_the_other_workers_piece():
    """A piece task for a split on the gather's own worker moved nothing and cost a task (20 of
    a two-worker feeds run's 163): the gather takes its piece of that split itself; only a piece
    that crosses to another worker is a task of its own."""
    _, graph, annotations = _graph_of(_two_stage)
    gathers = sorted(key for key in graph if _stages(key)[0] == "Group/GroupByKey/Gather")
    splits = sorted(key for key in graph if _stages(key)[-1] == "Group/GroupByKey/Split")
    pieces = [key for key in graph if _stages(key) == ["Group/GroupByKey/Piece"]]
    assert len(gathers) == 2 and len(splits) == 2 and len(pieces) == 2
    for gather in gathers:
        whole = _deps(graph, gather) & set(splits)
        (own,) = whole  # the split of the gather's own partition, read where it is
        assert annotations[own]["workers"] == annotations[gather]["workers"]
        (piece,) = _deps(graph, gather) - whole
        assert piece in pieces and _deps(graph, piece) == set(splits) - whole


def test_one_worker_reads_every_split_whole():
    """On one worker nothing crosses: no piece tasks at all, whatever the partitions."""
    _, graph, _ = _graph_of(_two_stage, workers=WORKERS[:1])
    assert not [key for key in graph if _stages(key)[-1].endswith("/Piece")]


@pytest.mark.parametrize("workers", [WORKERS, WORKERS[:1]])
def test_the_gathers_and_hands_give_every_element_once_in_order(workers):
    """The deal and the group by key give the same elements, each once, with or without piece
    tasks (run in this process with Dask's synchronous scheduler)."""
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import ALL, Graph, Ref

    graph = Graph(workers)
    parts = [graph.data("Create", [(k % 3, f"v{k}") for k in range(i, 30, 2)]) for i in range(2)]
    hands = graph.spread("Spread", parts, 2)
    keyed = [graph.add("Key", lambda part: [(k, v) for k, v in part], Ref(h)) for h in hands]
    groups = graph.group_by_key("Group", keyed, ALL)
    tasks, _, keys = graph.fuse(hands + groups)
    out = get_sync(tasks, keys)
    assert sorted(v for hand in out[:2] for _, v in hand) == sorted(f"v{k}" for k in range(30))
    grouped = dict(item for part in out[2:] for item in part)
    assert {k: sorted(vs) for k, vs in grouped.items()} == {
        r: sorted(f"v{k}" for k in range(30) if k % 3 == r) for r in range(3)}


def test_a_reshuffle_of_a_tagged_output_weighs_and_splits_its_tag_itself():
    """A ``Select`` task per partition (read by the weighing and the split) was one more task
    and one more step before the deal's plan: both now pick the tag themselves."""
    import apache_beam as beam
    from apache_beam import pvalue

    from newsbeam.pipeline.dask_graph import _split_by_plan, _weights_of

    def build(p):
        parts = (p | beam.Create(list(range(12)))
                 | beam.ParDo(lambda x: [pvalue.TaggedOutput("odd", x) if x % 2 else x]).with_outputs("odd", main="even"))
        _ = parts.odd | "Spread" >> beam.Reshuffle() | "Work" >> beam.Map(lambda x: x + 1)

    _, graph, _ = _graph_of(build)
    assert not [key for key in graph if "Select" in _stages(key)]
    assert len([key for key in graph if "Work" in _stages(key)]) == 2
    pairs = [(None, 0), ("odd", 1), (None, 2), ("odd", 3), ("odd", 5)]
    assert _weights_of(pairs, "odd") == [1, 1, 1]
    assert [list(hand) for hand in _split_by_plan(pairs, [[0, 1, 0]], 0, 2, "odd")] == [[1, 5], [3]]


def test_every_task_of_a_partition_asks_for_its_hands_worker():
    """Left to the scheduler, the tasks between the placed hands and gathers (a stage read by
    several, a flatten's part) ran on whichever worker was free and pulled their input there.
    Each now asks for the worker its partition's inputs ask for; a task reading partitions of
    both workers (the plan, a side input) asks for none."""
    import apache_beam as beam

    def build(p):
        hands = p | beam.Create(list(range(40))) | "Spread" >> beam.Reshuffle() | "Work" >> beam.Map(lambda x: x + 1)
        side = hands | "Sum" >> beam.CombineGlobally(sum)
        twice = hands | "Twice" >> beam.Map(lambda x: 2 * x)  # a second reader: Work stays a task of its own
        used = hands | "Use" >> beam.Map(lambda x, s: x + s, beam.pvalue.AsSingleton(side))
        _ = (twice, used) | "Merge" >> beam.Flatten()

    _, graph, annotations = _graph_of(build)
    for stage in ("Work", "Twice", "Use", "Merge"):
        keys = [key for key in graph if stage in _stages(key)]
        assert len(keys) == 2, stage
        assert sorted(annotations[key]["workers"][0] for key in keys) == WORKERS, stage
    plans = [key for key in graph if _stages(key)[-1] == "Spread/Plan"]
    assert plans and not [key for key in plans if key in annotations]
