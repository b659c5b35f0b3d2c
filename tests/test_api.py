"""The Python API (newsbeam.ingest, newsbeam.open_dataset), schema version 2 over version-1 data,
and the package as installed."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newsbeam
from newsbeam.pipeline.errors import UsageError
from newsbeam.schemas import tables

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"


def test_ingest_returns_a_typed_result_and_takes_keywords_only(tmp_path):
    result = newsbeam.ingest(f"{SAMPLES}/*", tmp_path / "out", partition_by="date", mode="append",
                             runner="FnApiRunner", pipeline_options={"direct_num_workers": 1})
    assert (result.status, result.exit_code, result.ok) == ("finished", 0, True)
    assert (result.inputs, result.articles, result.rejects) == (5, 8, 2)
    assert result.quotes > 0 and result.rejects_by_reason == {"duplicate": 1, "malformed": 1}
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", result.run_id)
    assert result.manifest["exit_status"] == 0
    again = newsbeam.ingest([SAMPLES / "harbour-strike.txt"], tmp_path / "out")
    assert (again.articles, again.articles_unchanged) == (0, 1)
    with pytest.raises(TypeError):
        newsbeam.ingest(f"{SAMPLES}/*", tmp_path / "out", "source,date")  # keyword-only


@pytest.mark.parametrize("kwargs, message", [
    ({"partition_by": "source"}, "partition_by must be one of date, source,date"),
    ({"mode": "upsert"}, "mode must be one of append, overwrite"),
    ({"target_file_mb": 0}, "target_file_mb must be a whole number above 0"),
    ({"max_reject_ratio": 1.5}, "max_reject_ratio must be between 0 and 1"),
    ({"pipeline_options": ["--direct_num_worker=2"]}, "unknown option --direct_num_worker (did you mean --direct_num_workers?)"),
    ({"feeds": [{"name": "x"}]}, "a feed must be a FeedSpec or a mapping with a url"),
])
def test_wrong_arguments_raise_usage_error_before_anything_is_created(tmp_path, kwargs, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        newsbeam.ingest(f"{SAMPLES}/*", tmp_path / "out", **kwargs)
    assert not (tmp_path / "out").exists()
    assert issubclass(UsageError, ValueError)


def test_run_config_is_built_without_the_argument_parser(tmp_path):
    from newsbeam.pipeline.api import run_config

    cfg = run_config([f"{SAMPLES}/*"], tmp_path / "out", partition_by="source,date", mode="overwrite",
                     allow_hosts=["127.0.0.1:8080"], feeds=[{"name": "Local", "url": "http://127.0.0.1:8080/f"}])
    assert cfg.write.partition_by == ("source", "date") and cfg.write.mode == "overwrite"
    assert cfg.feeds[0].url == "http://127.0.0.1:8080/f" and cfg.fetch.allow_hosts
    assert not (tmp_path / "out").exists()


def _as_version_1(out: Path) -> int:
    """Rewrite the quotes files as schema version 1 wrote them: start/end, version "1"."""
    n = 0
    for path in (out / "quotes").glob("date=*/*.parquet"):
        table = pq.read_table(path)
        table = table.rename_columns([{"start_char": "start", "end_char": "end"}.get(c, c) for c in table.column_names])
        table = table.replace_schema_metadata({b"newsbeam.schema_version": b"1"})
        pq.write_table(table, path, compression="zstd")
        n += 1
    return n


def test_version_1_datasets_are_read_and_upgraded_by_the_next_run_that_writes_them(tmp_path):
    out = tmp_path / "out"
    newsbeam.ingest(f"{SAMPLES}/*", out)
    expected = newsbeam.open_dataset(out).to_table("quotes").sort_by([("article_id", "ascending"), ("position", "ascending")])
    assert _as_version_1(out) > 1
    ds = newsbeam.open_dataset(out)
    old = ds.to_table("quotes").sort_by([("article_id", "ascending"), ("position", "ascending")])
    assert old.select(["start_char", "end_char", "text"]).equals(expected.select(["start_char", "end_char", "text"]))
    duck = ds.duckdb().sql("select count(*), sum(end_char - start_char) from quotes").fetchall()[0]
    assert duck == (expected.num_rows, sum(e - s for s, e in zip(expected["start_char"].to_pylist(),
                                                                   expected["end_char"].to_pylist())))
    assert ds.to_pandas("quotes")["start_char"].notna().all()
    # The next run that writes those partitions upgrades their files to version 2.
    result = newsbeam.ingest(f"{SAMPLES}/*", out, mode="overwrite")
    assert result.ok
    for path in (out / "quotes").glob("date=*/*.parquet"):
        schema = pq.read_schema(path)
        assert tables.schema_version_of(schema) == "2" and "start_char" in schema.names and "start" not in schema.names
    assert newsbeam.open_dataset(out).to_table("quotes").num_rows == expected.num_rows


def test_an_append_run_upgrades_the_bucket_it_rewrites(tmp_path):
    (tmp_path / "in").mkdir()
    story = tmp_path / "in" / "story.txt"
    story.write_text('Mayor opens bridge\n\n"It is a great day," said Mayor Lena Fisk.\n')
    out = tmp_path / "out"
    newsbeam.ingest(f"{tmp_path}/in/*", out)
    _as_version_1(out)
    story.write_text('Mayor opens bridge\n\n"It is a great day for us," said Mayor Lena Fisk.\n')
    newsbeam.ingest(f"{tmp_path}/in/*", out)
    (path,) = (out / "quotes").glob("date=*/*.parquet")
    table = pq.read_table(path)
    assert table.schema.metadata[b"newsbeam.schema_version"] == b"2"
    assert table.column("text").to_pylist() == ["It is a great day for us,"]


def test_upgrade_renames_drops_partition_columns_and_adds_nulls():
    v1 = pa.table({"article_id": ["a"], "position": [0], "zone": ["body"], "zone_index": [0], "start": [3],
                   "end": [9], "text": ["quoted"], "attribution": ["none"], "kind": ["scare"]})
    up = tables.upgrade("quotes", v1, tables.file_schema("quotes"))
    assert up.schema.names == tables.QUOTES.names
    assert up.column("start_char").to_pylist() == [3] and up.column("speaker").to_pylist() == [None]
    assert "source" not in tables.file_schema("articles", ("source", "date")).names
    assert tables.partition_columns("source=a%2Fb/date=2026-01-02") == ("source", "date")


# --------------------------------------------------------------------------- packaging


def _packages_on_disk() -> set[str]:
    found = set()
    for top in ("pipeline", "transforms", "schemas"):
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT).as_posix()
            found.add("newsbeam." + rel.replace("/", "."))
    return found | {"newsbeam"}


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert _packages_on_disk() <= set(config["packages"]), "add the new folder to [tool.setuptools] packages"
    for package in config["packages"]:
        directory = config["package-dir"][package]
        assert (ROOT / directory / "__init__.py").is_file(), package
        assert directory == ("newsbeam" if package == "newsbeam" else package.split(".", 1)[1].replace(".", "/"))


def test_import_newsbeam_is_cheap():
    probe = subprocess.run([sys.executable, "-c", "import sys, newsbeam; newsbeam.__version__; "
                            "print('apache_beam' in sys.modules, 'pyarrow' in sys.modules)"],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert probe.stdout.split() == ["False", "False"]


@pytest.mark.slow
def test_a_fresh_venv_installs_one_top_level_package_and_ingests(tmp_path):
    """pip install . (not editable) into a new venv that sees the shared venv's dependencies (and
    its pip and setuptools), so that the test runs offline."""
    env_dir = tmp_path / "venv"
    shared_site = next(Path(sys.prefix, "lib").glob("python3.*/site-packages"))
    venv.EnvBuilder(with_pip=False).create(env_dir)  # pip and setuptools come from the shared venv
    py = env_dir / "bin" / "python"
    # The shared venv's packages (Beam, pyarrow, ...) through a .pth: offline, no download.
    site = next((env_dir / "lib").glob("python3.*/site-packages"))
    (site / "shared.pth").write_text(str(shared_site) + "\n")
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    clean["NEWSBEAM_COMPILE"] = "0"  # the layout is the point here, not mypyc's minutes (test_quotes_compiled)
    subprocess.run([py, "-m", "pip", "install", "--quiet", "--no-deps", str(ROOT)],
                   check=True, env=clean, cwd=tmp_path, timeout=600)
    shown = subprocess.run([py, "-m", "pip", "show", "-f", "newsbeam"], capture_output=True, text=True,
                           env=clean, cwd=tmp_path, check=True).stdout
    files = [line.strip() for line in shown.split("Files:", 1)[1].splitlines() if line.strip()]
    tops = {f.split("/", 1)[0] for f in files if f.endswith(".py") and "/" in f}
    assert tops == {"newsbeam"}, tops
    assert any(f == "newsbeam/pipeline/cli.py" for f in files)
    out = tmp_path / "out"
    code = (f"import newsbeam, json; r = newsbeam.ingest([{str(SAMPLES / '*')!r}], {str(out)!r}); "
            f"print(json.dumps([r.status, r.articles, newsbeam.__file__]))")
    done = subprocess.run([py, "-c", code], capture_output=True, text=True, env=clean, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    status, articles, where = json.loads(done.stdout.strip().splitlines()[-1])
    assert (status, articles) == ("finished", 8) and str(site) in where
    cli = subprocess.run([env_dir / "bin" / "newsbeam", "--version"], capture_output=True, text=True, env=clean)
    assert cli.returncode == 0 and cli.stdout.startswith("newsbeam ")


def test_the_notebook_example_runs(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "notebook.py")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "8 articles, 8 bullets" in done.stdout and "Nadia Brandt" in done.stdout


def test_make_run_query_needs_only_the_run_profile(tmp_path):
    out = tmp_path / "out"
    newsbeam.ingest(f"{SAMPLES}/*", out)
    done = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "examples" / "query.py"), str(out)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0 and "Marta Ellingsen" in done.stdout
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert not imported & {"duckdb", "polars", "pytest"}  # (pyarrow itself loads pandas when it is there)
