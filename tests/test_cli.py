"""The command line end to end, on the samples in examples/inputs and small written fixtures."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline.cli import main
from newsbeam.pipeline.inspect import describe
from tests.records import wire_jsonl
from newsbeam.transforms.io.dataset import Location

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"
TABLES = ("articles", "bullets", "quotes", "rejects")


def run(*args) -> int:
    return main([*map(str, args)])


def counts_pyarrow(out: Path) -> dict[str, int]:
    return {t: pads.dataset(out / t, partitioning="hive").count_rows() for t in TABLES}


def duck(sql: str) -> list[tuple]:
    with duckdb.connect() as con:
        return con.execute(sql).fetchall()


def counts_duckdb(out: Path) -> dict[str, int]:
    return {t: duck(f"select count(*) from read_parquet('{out}/{t}/**/*.parquet', "
                    f"hive_partitioning=true)")[0][0] for t in TABLES}


def counts_polars(out: Path) -> dict[str, int]:
    return {t: pl.scan_parquet(f"{out}/{t}/**/*.parquet", hive_partitioning=True).select(pl.len())
            .collect().item() for t in TABLES}


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "out"
    assert run("run", "--input", f"{SAMPLES}/*", "--output", out) == 0
    return out


def test_sample_run_reads_back_the_same_in_pyarrow_duckdb_polars_and_pandas(sample_run):
    counts = counts_pyarrow(sample_run)
    assert counts["articles"] == 8  # 1 text + 2 RSS + 1 Atom + 2 JSON Feed + 2 JSONL (one dupe merged)
    assert counts["rejects"] == 2  # the JSONL line that is not JSON, and the merged duplicate
    assert counts["bullets"] >= 8 and counts["quotes"] >= 15
    assert counts_duckdb(sample_run) == counts
    assert counts_polars(sample_run) == counts
    assert {t: len(pd.read_parquet(sample_run / t)) for t in TABLES} == counts


def test_sample_run_columns_and_partitions(sample_run):
    articles = pads.dataset(sample_run / "articles", partitioning="hive").to_table().to_pylist()
    by_title = {a["title"]: a for a in articles}
    festival = by_title["River festival returns after three-year break"]
    assert festival["url"] == "https://valley-courier.example/local/river-festival-returns"
    assert festival["published_at"].isoformat() == "2026-11-21T08:30:00+00:00"
    assert str(festival["date"]) == "2026-11-21"
    assert "trackPageView" not in festival["body"] and "Boats on the river" not in festival["body"]
    assert "£40,000" in festival["body"] and "\u00a0" not in festival["body"]
    comet = by_title["Observatory spots second comet in a month"]
    assert comet["url"] == "https://science-desk.example/2026/11/comet-two"
    assert comet["published_at"].isoformat() == "2026-11-24T14:15:00+00:00"
    for a in articles:
        assert "<" not in a["title"] + a["body"] and "&" not in a["title"]
        assert a["body"] == a["body"].strip() and "\n\n\n" not in a["body"]
    assert len({a["article_id"] for a in articles}) == len(articles)
    meta = pads.dataset(sample_run / "quotes", partitioning="hive").schema.metadata
    assert meta[b"newsbeam.schema_version"] == b"2"


def test_quote_offsets_are_exact(sample_run):
    articles = {a["article_id"]: a for a in pads.dataset(sample_run / "articles", partitioning="hive")
                .to_table().to_pylist()}
    bullets = pads.dataset(sample_run / "bullets", partitioning="hive").to_table().to_pylist()
    bullet_text = {(b["article_id"], b["position"]): b["text"] for b in bullets}
    for q in pads.dataset(sample_run / "quotes", partitioning="hive").to_table().to_pylist():
        a = articles[q["article_id"]]
        zone = {"title": a["title"], "body": a["body"]}.get(q["zone"]) or bullet_text[(q["article_id"], q["zone_index"])]
        assert zone[q["start_char"]:q["end_char"]] == q["text"]


def test_second_run_adds_nothing(sample_run, capsys):
    before = counts_pyarrow(sample_run)
    assert run("run", "--input", f"{SAMPLES}/*", "--output", sample_run) == 0
    assert counts_pyarrow(sample_run) == before
    assert "0 new, 0 changed, 8 unchanged" in capsys.readouterr().out
    for table, key in (("articles", "article_id"), ("bullets", "article_id, position"),
                       ("quotes", "article_id, position")):
        assert duck(f"select {key}, count(*) c from read_parquet('{sample_run}/{table}/**/*.parquet') "
                    f"group by all having c > 1") == []


def test_manifests_and_inspect(sample_run, capsys):
    manifests = sorted((sample_run / "_runs").glob("*.json"))
    assert manifests and json.loads(manifests[0].read_text())["status"] == "finished"
    assert run("inspect", sample_run, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tables"]["articles"]["rows"] == 8
    assert report["rejects_by_reason"] == {"duplicate": 1, "malformed": 1}


def test_inspect_lists_runs_in_the_order_they_were_written(tmp_path):
    # Two runs within one second: their ids share the timestamp and sort by the random suffix.
    runs = tmp_path / "_runs"
    runs.mkdir()
    (tmp_path / "_state").mkdir()
    (tmp_path / "_state" / "dataset.json").write_text('{"schema_version": "2", "partition_by": ["date"]}')
    for run_id in ("20261126T015930Z-f0700d", "20261126T015930Z-e3f349"):
        (runs / f"{run_id}.json").write_text(json.dumps({"run_id": run_id, "status": "finished"}))
        time.sleep(0.01)
    report = describe(Location.of(str(tmp_path)))
    assert [r["run_id"] for r in report["runs"]] == ["20261126T015930Z-f0700d", "20261126T015930Z-e3f349"]


def test_extract_prints_json_lines(capsys):
    assert run("extract", SAMPLES / "harbour-strike.txt") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [line["type"] for line in lines]
    assert kinds[0] == "article" and kinds.count("bullet") == 4 and "quote" in kinds


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--output", "x"],  # no inputs
        ["run", "--input", "/no/such/file.xml", "--output", "x"],
        ["run", "--input", "a", "--output", "x", "--mode", "sideways"],
        ["inspect", "/no/such/dataset"],
        ["bogus"],
    ],
)
def test_usage_errors_exit_2(args, tmp_path):
    with pytest.raises(SystemExit) as exc:
        sys.exit(run(*args))
    assert exc.value.code == 2


def test_mixing_partition_layouts_is_a_usage_error(tmp_path):
    out = tmp_path / "out"
    assert run("run", "--input", SAMPLES / "wire.jsonl", "--output", out) == 0
    assert run("run", "--input", SAMPLES / "wire.jsonl", "--output", out, "--partition-by", "source,date") == 2


def test_source_date_partitioning(tmp_path):
    out = tmp_path / "out"
    assert run("run", "--input", SAMPLES / "tech-briefing.json", "--output", out,
               "--partition-by", "source,date") == 0
    dirs = sorted(str(p.relative_to(out / "articles")) for p in (out / "articles").glob("*/*"))
    assert dirs == ["source=tech-briefing/date=2026-11-23", "source=tech-briefing/date=2026-11-24"]


def test_unknown_options_reach_beam(tmp_path):
    out = tmp_path / "out"
    assert run("run", "--input", SAMPLES / "wire.jsonl", "--output", out,
               "--direct_num_workers=1", "--runner=FnApiRunner") == 0
    manifest = json.loads(next((out / "_runs").glob("*.json")).read_text())
    assert "--direct_num_workers=1" in manifest["beam_args"]


def test_python_dash_m_pipeline_help():
    done = subprocess.run([sys.executable, "-m", "newsbeam", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0 and "run" in done.stdout and "inspect" in done.stdout


def test_shipped_examples_are_valid():
    from newsbeam.transforms.feedlist import load_feed_list

    specs, problems = load_feed_list(str(ROOT / "examples" / "feeds.yaml"))
    assert len(specs) == 3 and problems == []
    compile((ROOT / "examples" / "scheduling" / "airflow_dag.py").read_text(), "airflow_dag.py", "exec")


def test_bad_inputs_become_rejects_with_their_reason(tmp_path):
    import gzip

    good = (SAMPLES / "river-festival.rss.xml").read_bytes()
    files = {
        "empty.xml": b"",
        "blank.txt": b"  \n\t\n",
        "garbage.bin": bytes(range(256)) * 8,
        "truncated.xml.gz": gzip.compress(good)[:-40],
        "huge.xml": good + b"<!--" + b"x" * 20_000 + b"-->",
        "many.xml": good.replace(b"<item>", b"<item>", 1),  # two items, over --max-entries 1
        "bomb.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                    b"<rss><channel><item><title>&b;</title></item></channel></rss>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "out"
    assert run("run", "--input", f"{tmp_path}/*.*", "--output", out, "--max-input-bytes", "10000",
               "--max-entries", "1") == 3  # every input rejected: exit 3 (SPEC)
    reasons = {r["input"].rsplit("/", 1)[-1]: r["reason"]
               for r in pads.dataset(out / "rejects", partitioning="hive").to_table().to_pylist()}
    assert reasons == {
        "empty.xml": "empty", "blank.txt": "empty", "garbage.bin": "not-a-feed",
        "truncated.xml.gz": "corrupt-compression", "huge.xml": "too-large",
        "many.xml": "too-many-entries", "bomb.xml": "entity-expansion",
    }


def test_a_large_input_runs_in_bounded_chunks_with_one_result(tmp_path):
    inputs = wire_jsonl(tmp_path / "in", files=6, per_file=50, filler_words=1500)
    chunked, whole = tmp_path / "chunked", tmp_path / "whole"
    assert run("run", "--input", f"{inputs}/*.jsonl", "--output", chunked, "--chunk-mb", "1") == 0
    assert run("run", "--input", f"{inputs}/*.jsonl", "--output", whole, "--chunk-mb", "0") == 0
    manifest = json.loads(next((chunked / "_runs").glob("*.json")).read_text())
    assert manifest["bounded_runs"] > 1 and manifest["summary"]["articles"] == 300
    assert manifest["summary"]["index_rows"] == 300
    rows = lambda out: sorted((r["article_id"], r["title"]) for r in
                              pads.dataset(out / "articles", partitioning="hive").to_table().to_pylist())
    assert rows(chunked) == rows(whole) and len(rows(whole)) == 300
    quotes = lambda out: pads.dataset(out / "quotes", partitioning="hive").count_rows()
    assert quotes(chunked) == quotes(whole) == 300
