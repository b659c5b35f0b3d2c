import dataclasses
import os
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.records import article
from newsbeam.schemas import tables
from newsbeam.schemas.records import IndexRow
from newsbeam.transforms.io import dataset
from newsbeam.transforms.io.dataset import Location


@pytest.mark.parametrize(
    "value, expected",
    [
        ("bbc", "bbc"),
        ("../../etc", "..%2F..%2Fetc"),
        ("a/b", "a%2Fb"),
        ("x=y", "x%3Dy"),
        ("nul\x00byte", "nul%00byte"),
        ("new\nline", "new%0Aline"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("50% off", "50%25 off"),
        ("Zürich – Süd", "Zürich – Süd"),
        ("", dataset.HIVE_DEFAULT),
        (None, dataset.HIVE_DEFAULT),
    ],
)
def test_hive_escape(value, expected):
    assert dataset.hive_escape(value) == expected


@pytest.mark.parametrize("value", ["x" * 1000, "ü" * 400, "/" * 300])
def test_hive_escape_bounds_long_values_and_keeps_them_distinct(value):
    escaped = dataset.hive_escape(value)
    assert len(escaped.encode()) <= dataset.MAX_SEGMENT_BYTES
    assert "/" not in escaped
    assert escaped != dataset.hive_escape(value + "!")


@pytest.mark.parametrize("source", ["../../etc", "a/b", "x=y", "\x00", "ü" * 300, ".."])
def test_hostile_source_names_stay_inside_the_output(tmp_path, source):
    loc = Location.of(str(tmp_path / "out"))
    a = article("a1", source=source)
    part = dataset.article_partition(a, ("source", "date"))
    dataset.rewrite_bucket(loc, part, 0, 1, [a], [], replace_partition=False)
    root = os.path.realpath(tmp_path / "out")
    for dirpath, _, files in os.walk(tmp_path):
        for name in files:
            assert os.path.realpath(os.path.join(dirpath, name)).startswith(root + os.sep)
    written = list((tmp_path / "out" / "articles").glob("source=*/date=*/part-*.parquet"))
    assert len(written) == 1


@pytest.mark.parametrize("name, parsed", [
    ("part-00003-of-00008.parquet", (3, 8)),
    ("part-00000-of-00001.parquet", (0, 1)),
    (".part-00000-of-00001.parquet.abc.tmp", None),
    ("part-x.parquet", None),
])
def test_parse_bucket_file(name, parsed):
    assert dataset.parse_bucket_file(name) == parsed


def test_bucket_of_is_stable_and_spread():
    ids = [f"id-{i}" for i in range(2000)]
    buckets = [dataset.bucket_of(i, 4) for i in ids]
    assert buckets == [dataset.bucket_of(i, 4) for i in ids]
    assert min(buckets.count(b) for b in range(4)) > 400
    assert dataset.bucket_of("anything", 1) == 0


def test_rewrite_bucket_replaces_rows_and_keeps_others(tmp_path):
    loc = Location.of(str(tmp_path))
    part = "date=2026-11-20"
    dataset.rewrite_bucket(loc, part, 0, 1, [article("a1"), article("a2")], [], replace_partition=False)
    result = dataset.rewrite_bucket(loc, part, 0, 1, [article("a2", title="New title")], ["a1"],
                                    replace_partition=False)
    assert dict(result.rows) == {"articles": 1, "bullets": 1, "quotes": 1}
    table = pq.read_table(tmp_path / "articles" / part / "part-00000-of-00001.parquet")
    assert table.column("title").to_pylist() == ["New title"]
    assert table.schema.metadata[b"newsbeam.schema_version"] == b"2"
    assert not list(tmp_path.rglob("*.tmp"))


def test_rewrite_bucket_deletes_a_file_that_becomes_empty(tmp_path):
    loc = Location.of(str(tmp_path))
    dataset.rewrite_bucket(loc, "date=2026-11-20", 0, 1, [article("a1")], [], replace_partition=False)
    dataset.rewrite_bucket(loc, "date=2026-11-20", 0, 1, [], ["a1"], replace_partition=False)
    assert not list(tmp_path.rglob("*.parquet"))


def test_rebucketing_reads_the_old_layout(tmp_path):
    loc = Location.of(str(tmp_path))
    part = "date=2026-11-20"
    many = [article(f"a{i}") for i in range(40)]
    dataset.rewrite_bucket(loc, part, 0, 1, many, [], replace_partition=False)
    for bucket in range(4):
        dataset.rewrite_bucket(loc, part, bucket, 4, [], [], replace_partition=False)
    dataset.remove_stale(loc, part, 4, keep=None)
    files = sorted(p.name for p in (tmp_path / "articles" / part).iterdir())
    assert files == [dataset.bucket_file(b, 4) for b in range(4)]
    ids = sorted(i for f in files for i in pq.read_table(tmp_path / "articles" / part / f)
                 .column("article_id").to_pylist())
    assert ids == sorted(a.article_id for a in many)


def test_a_retried_rebucketing_write_adds_no_duplicate_row(tmp_path):
    """A bundle retried while a partition is re-bucketed (or a run after a crash there) finds
    its bucket file already written from the old layout: those rows must not be read twice."""
    loc = Location.of(str(tmp_path))
    part = "date=2026-11-20"
    many = [article(f"a{i}", bullets=("one", "two")) for i in range(40)]
    dataset.rewrite_bucket(loc, part, 0, 1, many, [], replace_partition=False)
    fresh = article("new", bullets=("three",))
    bucket = dataset.bucket_of("new", 4)
    first = dataset.rewrite_bucket(loc, part, bucket, 4, [fresh], ["a0"], replace_partition=False)
    again = dataset.rewrite_bucket(loc, part, bucket, 4, [fresh], ["a0"], replace_partition=False)
    assert again.rows == first.rows
    for table in ("articles", "bullets"):
        rows = pq.read_table(tmp_path / table / part / dataset.bucket_file(bucket, 4)).to_pylist()
        keys = [(r["article_id"], r.get("position")) for r in rows]
        assert len(keys) == len(set(keys))
        expected = {a.article_id for a in many[1:] if dataset.bucket_of(a.article_id, 4) == bucket} | {"new"}
        assert {r["article_id"] for r in rows} == expected


def test_remove_stale_deletes_leftover_temporary_files(tmp_path):
    loc = Location.of(str(tmp_path))
    part = "date=2026-11-20"
    dataset.rewrite_bucket(loc, part, 0, 1, [article("a1")], [], replace_partition=False)
    leftover = tmp_path / "articles" / part / ".part-00000-of-00001.parquet.dead.tmp"
    leftover.write_bytes(b"half a file")
    assert dataset.remove_stale(loc, part, 1, keep=None) == [f"articles/{part}/{leftover.name}"]


# --------------------------------------------------------------------------- index shards


def _index_row(article_id, partition="date=2026-01-01", n=1, guid_key=None, est_bytes=100):
    return IndexRow(article_id=article_id, partition=partition, n=n, content_hash="h" + article_id,
                    updated_at=None, est_bytes=est_bytes, guid_key=guid_key)


def _seed_index(location, rows):
    changed = dataset.update_index_shard(location, 0, rows, {})
    assert changed == (len(rows), True)


def test_index_summary_gives_sizes_by_partition_and_only_the_guids_asked_about(tmp_path):
    location = Location.of(str(tmp_path))
    _seed_index(location, [_index_row("a", guid_key="s\x1fg1"), _index_row("b", n=3, est_bytes=50),
                           _index_row("c", "date=2026-01-02", guid_key="s\x1fg2")])
    summary = dataset.summarize_index_shard(location, 0, ["s\x1fg2", "s\x1fnever"])
    assert summary.sizes == (("date=2026-01-01", 2, 150, 3), ("date=2026-01-02", 1, 100, 1))
    assert summary.guids == (("s\x1fg2", "c"),)
    assert dataset.summarize_index_shard(location, 5, ["s\x1fg2"]) == dataset.IndexSummary((), ())


def test_index_rows_of_reads_only_the_ids_asked_for(tmp_path):
    location = Location.of(str(tmp_path))
    _seed_index(location, [_index_row("a"), _index_row("b"), _index_row("c")])
    rows = dataset.index_rows_of(location, 0, ["c", "a", "zz"])
    assert sorted(rows) == ["a", "c"] and rows["c"] == _index_row("c")


def test_update_index_shard_applies_fresh_rows_layouts_and_replaced_partitions(tmp_path):
    location = Location.of(str(tmp_path))
    _seed_index(location, [_index_row("a"), _index_row("b", "date=2026-01-02"), _index_row("c")])
    path = dataset.index_shard_path(location, 0)
    before = os.stat(path).st_mtime_ns

    # Nothing new and every layout as it was: the shard file is left alone.
    assert dataset.update_index_shard(location, 0, [], {"date=2026-01-01": 1}) == (3, False)
    assert os.stat(path).st_mtime_ns == before

    # A fresh row replaces its id's row; a partition split to 4 buckets renumbers its rows.
    fresh = [_index_row("a", "date=2026-01-03", n=0), _index_row("d", n=0)]
    assert dataset.update_index_shard(location, 0, fresh, {"date=2026-01-01": 4}) == (4, True)
    rows = {r["article_id"]: r for r in dataset.read_index_table(location, 0).to_pylist()}
    assert rows["a"]["partition"] == "date=2026-01-03" and rows["a"]["n"] == 0
    assert (rows["c"]["n"], rows["d"]["n"], rows["b"]["n"]) == (4, 4, 1)
    assert list(rows) == sorted(rows)

    # Overwrite: the rows of a replaced partition go, unless this run wrote them again.
    assert dataset.update_index_shard(location, 0, [_index_row("d", n=0)], {"date=2026-01-01": 1},
                                      replaced=["date=2026-01-01"]) == (3, True)
    rows = {r["article_id"]: r for r in dataset.read_index_table(location, 0).to_pylist()}
    assert sorted(rows) == ["a", "b", "d"] and rows["d"]["n"] == 1


def test_an_index_written_before_guid_keys_is_read_and_upgraded(tmp_path):
    location = Location.of(str(tmp_path))
    old_schema = pa.schema([f for f in tables.INDEX if f.name != "guid_key"])
    rows = [{k: v for k, v in _index_row(i).to_arrow().items() if k != "guid_key"} for i in ("a", "b")]
    path = dataset.index_shard_path(location, 0)
    os.makedirs(os.path.dirname(path))
    pq.write_table(pa.Table.from_pylist(rows, schema=old_schema), path)

    assert dataset.summarize_index_shard(location, 0, ["s\x1fg"]).guids == ()
    assert dataset.index_rows_of(location, 0, ["a"])["a"].guid_key is None
    assert dataset.update_index_shard(location, 0, [_index_row("c", guid_key="s\x1fg")], {}) == (3, True)
    assert pq.read_schema(path).names == tables.INDEX.names
    assert dataset.summarize_index_shard(location, 0, ["s\x1fg"]).guids == (("s\x1fg", "c"),)


def test_index_row_record_matches_the_index_schema_and_round_trips_through_arrow():
    fields = [f.name for f in dataclasses.fields(IndexRow)]
    assert fields == tables.INDEX.names
    full = IndexRow("a", "date=2026-01-01", 2, "h", datetime(2026, 1, 1, 12, tzinfo=timezone.utc), 300,
                    "s\x1fg", "2026-12-01.3", "in.jsonl", 1200, 3)
    table = pa.Table.from_pylist([full.to_arrow(), _index_row("b").to_arrow()], schema=tables.INDEX)
    assert [IndexRow.from_arrow(r) for r in table.to_pylist()] == [full, _index_row("b")]
    # A row of an index written before the optional columns existed reads with them as None.
    legacy = {k: v for k, v in full.to_arrow().items() if k not in ("extractor", "input", "body_chars")}
    assert IndexRow.from_arrow(legacy) == dataclasses.replace(full, extractor=None, input=None, body_chars=None)
    with pytest.raises(KeyError):
        IndexRow.from_arrow({"article_id": "a"})  # a required column missing is an error, not a None
