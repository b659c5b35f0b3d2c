"""What crosses a stage per bundle or per shard instead of per article (bench/README.md, "Stop 41,
scale5b"), and the memo of the partition paths."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsbeam.schemas.records import IndexRow
from newsbeam.transforms import merge, partitions
from newsbeam.transforms.composites import decide, write_config
from tests.records import article


def _bundle(dofn, elements):
    dofn.start_bundle()
    out = [o for e in elements for o in (dofn.process(e) or ())]
    return out + [wv.value for wv in dofn.finish_bundle()]


def test_guid_pairs_cross_as_one_element_per_bundle_and_read_back_in_order():
    articles = [article(f"a{i}", guid=f"g{i}" if i % 3 else None) for i in range(10)]
    out = _bundle(decide._GuidsPerBundle(), articles)
    assert len(out) == 1 and isinstance(out[0], bytes)  # bytes: the state cache weighs one object
    assert list(decide.guid_pairs(out)) == [(merge.guid_key(a), a.article_id) for a in articles if a.guid]


def test_a_bundle_without_guids_emits_nothing_and_the_pairs_read_again_every_time():
    dofn = decide._GuidsPerBundle()
    assert _bundle(dofn, [article("a1")]) == []
    out = _bundle(dofn, [article("b1", guid="x"), article("b2", guid="y")])
    with write_config.kept_in_process():  # a side input is read by every bundle: no one-time ticket
        assert list(decide.guid_pairs(out)) == list(decide.guid_pairs(out)) == [
            ("wire\x1fx", "b1"), ("wire\x1fy", "b2")]


def _row(article_id):
    return IndexRow(article_id, "date=2026-01-02", 1, f"h-{article_id}", None, 100)


@pytest.mark.parametrize("kept", [False, True])
def test_index_rows_pack_many_round_trips(kept):
    rows = [_row("a"), _row("b")]
    if kept:
        with write_config.kept_in_process():
            assert write_config.unpack_many(write_config.pack_many(rows)) == tuple(rows)
    else:
        assert write_config.unpack_many(write_config.pack_many(rows)) == tuple(rows)


def test_the_decide_stage_hands_on_a_shard_s_index_rows_as_one_element(tmp_path):
    from newsbeam.transforms.io.dataset import Location
    cfg = write_config.WriteConfig(location=Location(str(tmp_path)), run_id="r1")
    shard = 3
    ids = [f"id{i}" for i in range(200) if decide.index.index_shard(f"id{i}") == shard][:5]
    sealed = [write_config.seal_many([article(i) for i in ids])]
    dofn = decide._Decide(cfg, None)
    dofn.start_bundle()
    out = list(dofn.process((shard, sealed), new_guids=(), known_guids=()))
    rows = [o.value for o in out if getattr(o, "tag", None) == decide.INDEX]
    assert len(rows) == 1 and rows[0][0] == shard
    assert sorted(r.article_id for r in write_config.unpack_many(rows[0][1])) == sorted(ids)


@pytest.mark.parametrize("partition_by", [("date",), ("source", "date")])
def test_article_partition_is_the_path_of_its_values_memoized(partition_by):
    a = article("a1", source="../we/ird:=", published_at=datetime(2026, 1, 2, 23, tzinfo=timezone.utc))
    values = {"date": "2026-01-02", "source": "../we/ird:="}
    expected = partitions.partition_path([(c, values[c]) for c in partition_by])
    assert partitions.article_partition(a, partition_by) == expected
    hits = partitions._partition_of.cache_info().hits
    assert partitions.article_partition(a, list(partition_by)) == expected
    assert partitions._partition_of.cache_info().hits == hits + 1


def test_the_pickle_memo_hands_beam_the_bytes_bz2_makes_and_reads_them_back():
    import bz2

    from apache_beam.internal import cloudpickle_pickler, pickler

    from newsbeam.pipeline import beam_pickle_memo
    assert pickler.desired_pickle_lib is cloudpickle_pickler  # the pickler the memo is given to
    memo = beam_pickle_memo.remembering_bz2()
    data = b"a pickled step " * 300
    packed = memo.compress(data, compresslevel=9)
    assert packed == bz2.compress(data, 9) and memo.compress(data, 9) is packed  # remembered
    assert memo.decompress(packed) == data and memo.decompress(packed) is memo.decompress(packed)
    assert memo.compress(data, 1) == bz2.compress(data, 1)  # the level is part of the key


def test_the_pickle_memo_is_installed_in_the_runner_and_round_trips_a_dofn():
    from apache_beam.internal import cloudpickle_pickler, pickler

    from newsbeam.pipeline import beam_speedups
    beam_speedups.install()
    assert cloudpickle_pickler.bz2 is not __import__("bz2")
    dofn = decide._GuidsPerBundle()
    assert type(pickler.loads(pickler.dumps(dofn))) is decide._GuidsPerBundle


def test_the_pickle_memo_forgets_past_its_bound(monkeypatch):
    from newsbeam.pipeline import beam_pickle_memo
    monkeypatch.setattr(beam_pickle_memo, "MAX_ENTRIES", 2)
    calls: list[bytes] = []

    def upper(b: bytes) -> bytes:
        calls.append(b)
        return b.upper()

    memo = beam_pickle_memo._Memo(upper)
    assert [memo(x) for x in (b"a", b"b", b"c", b"a")] == [b"A", b"B", b"C", b"A"]
    assert calls == [b"a", b"b", b"c", b"a"]  # "c" found it full: reset, so "a" was forgotten
    assert set(memo._answers) == {(b"c",), (b"a",)}
    assert memo(b"c") == b"C" and len(calls) == 4  # what came after the reset is remembered
