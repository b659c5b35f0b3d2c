"""bench.dask_kinds (issue 20): a Dask run's task CPU, transfers and runaway tasks per kind of task."""
from __future__ import annotations

import json

from bench.dask_kinds import OTHER, count, kind, load, main


def _task(key, worker, cpu, asked=None, crossed=0):
    row = {"key": f"{key}-run1", "worker": worker, "start": 0.0, "end": 1.0, "cpu": cpu, "asked": asked}
    if crossed:
        row["crossed"] = crossed
    return row


def test_a_fused_key_counts_under_the_heaviest_stage_it_names():
    assert kind("ParseDocuments/Parse/ParDo(_Parse)+Rejects/PartitionRejects1") == "parse"
    assert kind("Decide/GroupRerouted/ReifyWindows+Extract/Extract/ParDo(_Extract)+Stats/StatsPart2") == "extract"
    assert kind("ParseDocuments/SpreadEntries/Weigh") == "deal (weigh, plan, split, piece)"
    assert kind("Commit/SpreadBuckets/GroupByKey/Piece") == "group by key (split, piece, gather)"
    assert kind("Something/Else") == OTHER


def test_crossed_bytes_and_tasks_run_away_from_their_asked_worker_are_counted_per_kind():
    counts = count([
        _task("A/ParDo(_Parse)", "w1", 2.0, asked="w1"),
        _task("A/ParDo(_Parse)", "w2", 1.5, asked="w1", crossed=3_000_000),  # ran away, its output crossed
        _task("B/GroupByKey/Piece", "w2", 0.01, crossed=500_000),  # no preference: never runs away
    ])
    assert counts["parse"] == [3.5, 2, 3.0, 1]
    assert counts["group by key (split, piece, gather)"] == [0.01, 1, 0.5, 0]


def test_one_worker_against_two_prints_the_difference_per_kind(tmp_path, capsys):
    def dump(name, workers, rows):
        path = tmp_path / name
        path.write_text("\n".join(json.dumps(r) for r in [{"run": {"workers": workers}}, *rows]) + "\n")
        return str(path)

    one = dump("one.jsonl", 1, [_task("A/ParDo(_Parse)", "w1", 2.0)])
    two = dump("two.jsonl", 2, [_task("A/ParDo(_Parse)", "w1", 1.2, asked="w1"),
                                _task("A/ParDo(_Parse)", "w2", 1.0, asked="w2"),
                                _task("A/Spread/Weigh", "w2", 0.1, crossed=2_000_000)])
    assert load(two)[0] == 2
    main([one, two])
    out = capsys.readouterr().out
    parse = next(line for line in out.splitlines() if line.startswith("parse"))
    assert "2.000" in parse and "2.200" in parse and "+0.200" in parse
    total = next(line for line in out.splitlines() if line.startswith("all tasks"))
    assert "+0.300" in total and "2.00" in total  # 0.2 + 0.1 more CPU; 2 MB crossed
