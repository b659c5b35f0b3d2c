"""Every table reads back in pyarrow, DuckDB, Polars and pandas (and Spark, slow) after every run:
with rows or without, under both partition schemes, with the partition columns only in the path."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

import newsbeam
from newsbeam.schemas import tables

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"
TABLES = ("articles", "bullets", "quotes", "rejects")
# A feed without bullets or quotes, and no bad input: bullets, quotes and rejects stay empty.
PLAIN_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Plain</title>
<item><title>Water works on Elm Street</title><link>https://plain.example/a</link>
<pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate>
<description>The road is closed for two days while the pipes are replaced.</description></item>
</channel></rss>"""


def read_all(out: Path) -> dict[str, dict[str, int]]:
    """Row counts of every table in each reader, exactly as the README shows them."""
    counts: dict[str, dict[str, int]] = {}
    for t in TABLES:
        counts[t] = {
            "pyarrow": pads.dataset(out / t, partitioning="hive").count_rows(),
            "duckdb": duckdb.sql(f"select count(*) from read_parquet('{out}/{t}/**/*.parquet', "
                                 f"hive_partitioning=true)").fetchall()[0][0],
            "polars": pl.scan_parquet(f"{out}/{t}/**/*.parquet", hive_partitioning=True)
                        .select(pl.len()).collect().item(),
            "pandas": len(pd.read_parquet(out / t)),
        }
    return counts


def columns_everywhere(out: Path, table: str) -> dict[str, list[str]]:
    return {
        "pyarrow": pads.dataset(out / table, partitioning="hive").schema.names,
        "duckdb": [r[0] for r in duckdb.sql(f"describe select * from read_parquet('{out}/{table}/**/*.parquet', "
                                            f"hive_partitioning=true)").fetchall()],
        "polars": pl.scan_parquet(f"{out}/{table}/**/*.parquet", hive_partitioning=True).collect_schema().names(),
        "pandas": list(pd.read_parquet(out / table).columns),
    }


@pytest.fixture(scope="module")
def plain_feed(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("plain")
    (d / "plain.rss").write_bytes(PLAIN_FEED)
    return d / "plain.rss"


@pytest.mark.parametrize("partition_by", ["date", "source,date"])
def test_empty_tables_read_in_every_reader_then_fill(tmp_path, plain_feed, partition_by):
    out = tmp_path / "out"
    result = newsbeam.ingest([str(plain_feed)], out, partition_by=partition_by)
    assert (result.articles, result.bullets, result.quotes, result.rejects) == (1, 0, 0, 0)
    counts = read_all(out)
    assert counts["articles"] == dict.fromkeys(counts["articles"], 1)
    for t in ("bullets", "quotes", "rejects"):  # empty, and still readable with their columns
        assert counts[t] == dict.fromkeys(counts[t], 0), t
        for reader, names in columns_everywhere(out, t).items():
            assert set(tables.TABLES[t].names) <= set(names), (t, reader)
            assert "date" in names, (t, reader)
    # The samples fill bullets, quotes and rejects: the zero-row files go, every count agrees.
    result = newsbeam.ingest([f"{SAMPLES}/*"], out, partition_by=partition_by)
    assert result.quotes > 0 and result.rejects > 0
    counts = read_all(out)
    for t, by_reader in counts.items():
        assert len(set(by_reader.values())) == 1 and by_reader["pyarrow"] > 0, (t, by_reader)
    assert not list(out.glob("**/empty.parquet"))


def test_partition_columns_live_in_the_path_only(tmp_path):
    out = tmp_path / "out"
    newsbeam.ingest([f"{SAMPLES}/*"], out, partition_by="source,date")
    for path in (out / "articles").glob("source=*/date=*/*.parquet"):
        names = pq.read_schema(path).names
        assert "source" not in names and "date" not in names
    frame = pd.read_parquet(out / "articles")  # the ArrowTypeError of issue 17, item 4
    assert len(frame) == 8 and frame["source"].notna().all()
    by_path = {Path(p).parts[-3].split("=", 1)[1] for p in out.glob("articles/source=*/date=*/*.parquet")}
    assert set(frame["source"].astype(str)) == by_path
    # Under date partitions source stays a column of the files.
    out2 = tmp_path / "out2"
    newsbeam.ingest([f"{SAMPLES}/*"], out2)
    assert "source" in pq.read_schema(next((out2 / "articles").glob("date=*/*.parquet"))).names


def test_open_dataset_gives_the_same_tables_to_every_reader(tmp_path):
    out = tmp_path / "out"
    newsbeam.ingest([f"{SAMPLES}/*"], out, partition_by="source,date")
    ds = newsbeam.open_dataset(out)
    quotes = ds.to_table("quotes")
    assert quotes.num_rows == len(ds.to_pandas("quotes")) == ds.to_polars("quotes").collect().height
    con = ds.duckdb()
    joined = con.sql("select a.title, q.speaker, q.text from quotes q join articles a using (article_id) "
                     "where q.zone = 'body'").fetchall()
    assert len(joined) == pc_count(quotes, "body") > 0
    assert {"start_char", "end_char", "date", "source"} <= set(quotes.column_names)
    with pytest.raises(KeyError):
        ds.to_table("nope")
    with pytest.raises(FileNotFoundError):
        newsbeam.open_dataset(tmp_path)


def pc_count(table, zone: str) -> int:
    return sum(1 for z in table.column("zone").to_pylist() if z == zone)


# --------------------------------------------------------------------------- Spark

SPARK_JOIN = """
    SELECT a.source, q.speaker, count(*) AS quotes
    FROM quotes q JOIN articles a ON q.article_id = a.article_id
    WHERE q.speaker IS NOT NULL
    GROUP BY a.source, q.speaker ORDER BY quotes DESC
"""


@pytest.mark.slow
@pytest.mark.parametrize("partition_by", ["date", "source,date"])
def test_spark_reads_every_table_and_runs_the_readme_join(tmp_path, plain_feed, partition_by):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java")
    from pyspark.sql import SparkSession

    out = tmp_path / "out"
    newsbeam.ingest([str(plain_feed)], out, partition_by=partition_by)  # bullets, quotes, rejects empty
    spark = (SparkSession.builder.master("local[1]").appName("newsbeam-test")
             .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate())
    try:
        for t in TABLES:
            frame = spark.read.parquet(str(out / t))
            assert frame.count() == (1 if t == "articles" else 0), t
            assert "date" in frame.columns
        newsbeam.ingest([f"{SAMPLES}/*"], out, partition_by=partition_by)
        for t in TABLES:
            spark.read.parquet(str(out / t)).createOrReplaceTempView(t)
        rows = spark.sql(SPARK_JOIN).collect()
        assert rows and rows[0]["quotes"] >= 1
        expected = duckdb.sql(f"select count(*) from read_parquet('{out}/quotes/**/*.parquet', "
                              f"hive_partitioning=true) where speaker is not null").fetchall()[0][0]
        assert sum(r["quotes"] for r in rows) == expected
        assert spark.read.parquet(str(out / "articles")).count() == 9
    finally:
        spark.stop()
