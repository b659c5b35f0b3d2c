"""A Flatten of a Flatten costs no stage of its own on the local runner (pipeline.beam_flattens)."""
from __future__ import annotations

from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.util import assert_that, equal_to

from newsbeam.pipeline import beam_flattens, beam_speedups
from newsbeam.pipeline.build import RunConfig, build_pipeline
from newsbeam.transforms.composites.write import WriteConfig
from newsbeam.transforms.io.dataset import Location


def _stage_names(p: beam.Pipeline) -> list[str]:
    beam_speedups.install()
    _, stages = FnApiRunner().create_stages(p.to_runner_api())
    return [stage.name for stage in stages]


def _nested(p: beam.Pipeline):
    a = p | "A" >> beam.Create([1, 2])
    b = p | "B" >> beam.Create([3])
    c = p | "C" >> beam.Create(["c"])
    d = p | "D" >> beam.Create([4, 4])
    inner = (a, b) | "Inner" >> beam.Flatten()
    innermost = (inner, c) | "Middle" >> beam.Flatten()  # a Flatten of a Flatten of a Flatten
    outer = (innermost, d) | "Outer" >> beam.Flatten()
    shared = (a, d) | "Shared" >> beam.Flatten()  # read by a Map besides the Flatten below
    doubled = shared | "Double" >> beam.Map(lambda x: 2 * x)
    both = (shared, b, b) | "Both" >> beam.Flatten()  # one input given twice: twice its elements
    return outer, doubled, both


def test_a_flatten_reads_the_inputs_of_the_flattens_that_feed_it_with_the_same_elements():
    beam_speedups.install()
    with beam.Pipeline(runner=FnApiRunner()) as p:
        outer, doubled, both = _nested(p)
        assert_that(outer, equal_to([1, 2, 3, "c", 4, 4]), label="OuterHasAll")
        assert_that(doubled, equal_to([2, 4, 8, 8]), label="DoubledHasAll")
        assert_that(both, equal_to([1, 2, 4, 4, 3, 3]), label="BothHasAll")


def test_an_inner_flatten_read_only_by_flattens_gets_no_stage_and_one_read_elsewhere_keeps_it():
    p = beam.Pipeline(runner=FnApiRunner())
    outer, doubled, both = _nested(p)
    _ = outer | "ReadOuter" >> beam.Map(str), both | "ReadBoth" >> beam.Map(str)
    names = " ".join(_stage_names(p))
    assert "Outer/Read" in names and "Both/Read" in names
    assert "Inner/Read" not in names and "Middle/Read" not in names
    assert "Shared/Read" in names  # the Map reads it too


def test_a_flatten_nothing_reads_gets_no_stage_nor_do_the_flattens_only_it_reads():
    """``StageStats`` takes the inputs of the composites' stats Flattens and leaves them unread."""
    p = beam.Pipeline(runner=FnApiRunner())
    outer, doubled, both = _nested(p)  # outer and both unread; shared read by the Map
    names = " ".join(_stage_names(p))
    assert not [name for name in ("Outer/Read", "Both/Read", "Inner/Read", "Middle/Read") if name in names]
    assert "Shared/Read" in names and "Double" in names and "C-Impulse" in names


def test_unnest_flattens_leaves_a_graph_without_nested_flattens_as_it_is():
    p = beam.Pipeline(runner=FnApiRunner())
    flat = (p | "A" >> beam.Create([1]), p | "B" >> beam.Create([2])) | "F" >> beam.Flatten()
    _ = flat | beam.Map(str)
    from apache_beam.runners.portability.fn_api_runner import translations

    proto = p.to_runner_api()
    stages = list(translations.leaf_transform_stages(
        proto.root_transform_ids, proto.components, known_composites=set()))
    inputs = [dict(s.transforms[0].inputs) for s in stages]
    assert beam_flattens.unnest_flattens(stages) == stages
    assert [dict(s.transforms[0].inputs) for s in stages] == inputs


def _copies(stages) -> list[str]:
    """Stages that only read one Flatten's buffer and write it (transcoded) into another's."""
    return [stage.name for stage in stages
            if stage.transforms[0].unique_name.endswith("/Read") and len(stage.transforms) > 1
            and all("/Transcode/" in t.unique_name or "/Write/" in t.unique_name for t in stage.transforms[1:])]


def test_newsbeams_graph_has_no_stage_that_only_copies_one_flatten_into_another(tmp_path, monkeypatch):
    (tmp_path / "in.jsonl").write_text("")
    cfg = RunConfig(run_id="r", fetched_at=datetime(2026, 11, 25, tzinfo=timezone.utc),
                    inputs=(str(tmp_path / "in.jsonl"),),
                    write=WriteConfig(location=Location.of(str(tmp_path / "out")), run_id="r"))
    p = beam.Pipeline(runner=FnApiRunner(), options=PipelineOptions(["--direct_num_workers=1"]))
    build_pipeline(p, cfg)
    beam_speedups.install()
    proto = p.to_runner_api()
    _, stages = FnApiRunner().create_stages(proto)
    assert _copies(stages) == []

    from apache_beam.runners.portability.fn_api_runner import translations

    monkeypatch.setattr(translations, "sink_flattens", translations.sink_flattens.__wrapped__)
    _, beams = FnApiRunner().create_stages(proto)  # Beam's own translation: a stage per copy
    assert len(_copies(beams)) >= 3
    regroups = _regroups(beams)
    assert sorted(regroups) == ["(Commit/AllShardRows/Read)+(Commit/MeetShards/Write)",
                               "(Commit/FlattenOps/Read)+(Commit/SpreadBuckets/Write)",
                               "(Rejects/KeyedRejects/Read)+(Rejects/GroupRejects/Write)"], regroups
    assert _regroups(stages) == []
    # the composites' stats Flattens, which StageStats reads through, and its own parts' Flatten
    # (read only in a run with feeds): a stage each that reads a buffer for nobody
    unread = [stage.name for stage in beams
              if len(stage.transforms) == 1 and stage.transforms[0].unique_name.endswith("/Read")]
    assert "Stats/AllParts/Read" in unread and len(unread) >= 4, unread
    assert not [stage.name for stage in stages if len(stage.transforms) == 1]
    assert len(stages) == len(beams) - len(_copies(beams)) - len(regroups) - len(unread)


def _regroups(stages) -> list[str]:
    """Stages that only read one Flatten's buffer and write it into a GroupByKey's."""
    return [stage.name for stage in stages
            if stage.transforms[0].unique_name.endswith("/Read") and len(stage.transforms) > 1
            and stage.transforms[0].spec.payload.startswith(b"materialize:")
            and all(t.spec.payload.startswith(b"group:") for t in stage.transforms[1:])]


def _grouped(p: beam.Pipeline):
    a = p | "A" >> beam.Create([("x", 1), ("y", 2)])
    b = p | "B" >> beam.Create([("x", 3)])
    c = p | "C" >> beam.Create([("y", 4), ("z", 5)])
    only = ((a, b, c) | "Only" >> beam.Flatten()  # read by the GroupByKey alone
            | "GroupOnly" >> beam.GroupByKey() | "SortOnly" >> beam.MapTuple(lambda k, vs: (k, sorted(vs))))
    shared = (a, c) | "Shared" >> beam.Flatten()  # read by a Map besides the GroupByKey
    counted = shared | "Count" >> beam.Map(lambda kv: kv[1])
    regrouped = (shared | "GroupShared" >> beam.GroupByKey()
                 | "SortShared" >> beam.MapTuple(lambda k, vs: (k, sorted(vs))))
    return only, counted, regrouped


def test_a_flatten_only_a_grouping_reads_is_written_into_it_with_the_same_groups():
    beam_speedups.install()
    with beam.Pipeline(runner=FnApiRunner()) as p:
        only, counted, regrouped = _grouped(p)
        assert_that(only, equal_to([("x", [1, 3]), ("y", [2, 4]), ("z", [5])]), label="OnlyGroups")
        assert_that(counted, equal_to([1, 2, 4, 5]), label="SharedCounts")
        assert_that(regrouped, equal_to([("x", [1]), ("y", [2, 4]), ("z", [5])]), label="SharedGroups")


def test_a_flatten_only_a_grouping_reads_gets_no_stage_and_one_read_elsewhere_keeps_it():
    p = beam.Pipeline(runner=FnApiRunner())
    _grouped(p)
    names = " ".join(_stage_names(p))
    assert "(Only/Read)" not in names and "(GroupOnly/Read)" in names
    assert "Shared/Read" in names  # the Map reads it too
