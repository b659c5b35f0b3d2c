import os

import pyarrow.parquet as pq
import pytest

from tests.records import article
from transforms import dataset
from transforms.dataset import Location


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
    assert table.schema.metadata[b"newsbeam.schema_version"] == b"1"
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


def test_remove_stale_deletes_leftover_temporary_files(tmp_path):
    loc = Location.of(str(tmp_path))
    part = "date=2026-11-20"
    dataset.rewrite_bucket(loc, part, 0, 1, [article("a1")], [], replace_partition=False)
    leftover = tmp_path / "articles" / part / ".part-00000-of-00001.parquet.dead.tmp"
    leftover.write_bytes(b"half a file")
    assert dataset.remove_stale(loc, part, 1, keep=None) == [f"articles/{part}/{leftover.name}"]
