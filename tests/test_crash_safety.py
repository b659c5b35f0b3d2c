"""A run killed with SIGKILL leaves a readable dataset, and the next run completes it.
Two runs on one output are serialized by the lock."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.dataset as pads
import pytest

# Whole runs of thousands of articles killed and raced in subprocesses: `make test-scale` (CI).
pytestmark = [pytest.mark.slow, pytest.mark.scale]

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 4_000


def make_inputs(directory: Path, count: int = ARTICLES, files: int = 10) -> None:
    """JSON lines spread over many days, so the write phase touches hundreds of partitions."""
    directory.mkdir()
    assert count % files == 0
    per_file = count // files
    for f in range(files):
        with open(directory / f"wire-{f:02d}.jsonl", "w") as fh:
            for i in range(f * per_file, (f + 1) * per_file):
                day = 1 + i % 28
                month = 1 + (i // 28) % 12
                fh.write(json.dumps({
                    "title": f"Story {i}",
                    "url": f"https://wire.example/{i}",
                    "published": f"2025-{month:02d}-{day:02d}T10:00:00Z",
                    "body": f"Paragraph one of story {i}.\n“We are ready,” said Alex Moreau, "
                            f"the spokesperson.\nParagraph three of story {i}.",
                }) + "\n")


def newsbeam(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsbeam", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def visible_rows(out: Path, table: str) -> int:
    if not (out / table).exists():
        return 0
    pa_rows = pads.dataset(out / table, partitioning="hive").count_rows()
    with duckdb.connect() as con:
        duck_rows = con.execute(f"select count(*) from read_parquet('{out}/{table}/**/*.parquet', "
                                f"hive_partitioning=true)").fetchall()[0][0]
    assert pa_rows == duck_rows
    return pa_rows


def test_sigkill_mid_write_then_rerun_completes(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    make_inputs(inputs)
    proc = newsbeam("run", "--input", f"{inputs}/*.jsonl", "--output", str(out))
    deadline = time.monotonic() + 240
    try:
        # Kill as soon as the write phase has started: some data files are staged.
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "_state" / "txn").exists() and any((out / "_state" / "txn").rglob("*.parquet")):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    partial = visible_rows(out, "articles")
    assert partial < ARTICLES and not (out / "_SUCCESS").exists()
    for path in out.rglob("*"):
        if path.is_file() and path.suffix == ".parquet" and "_state" not in path.parts:
            assert not path.name.startswith("."), path  # temporaries are never readable names
    visible_rows(out, "quotes")  # reads cleanly
    if partial:  # killed inside the commit: still no quote without its article
        with duckdb.connect() as con:
            orphans = con.execute(
                f"select count(*) from read_parquet('{out}/quotes/**/*.parquet') q where q.article_id not in "
                f"(select article_id from read_parquet('{out}/articles/**/*.parquet'))").fetchall()[0][0]
        assert orphans == 0

    rerun = newsbeam("run", "--input", f"{inputs}/*.jsonl", "--output", str(out))
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert visible_rows(out, "articles") == ARTICLES
    assert visible_rows(out, "quotes") == ARTICLES
    with duckdb.connect() as con:
        dupes = con.execute(f"select article_id from read_parquet('{out}/articles/**/*.parquet') "
                            f"group by 1 having count(*) > 1").fetchall()
    assert dupes == []
    assert not [p for p in out.rglob("*.tmp") if "_state" not in p.parts]


def test_two_runs_on_one_output_are_serialized_by_the_lock(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    make_inputs(inputs, count=2_000, files=4)
    first = newsbeam("run", "--input", f"{inputs}/*.jsonl", "--output", str(out))
    try:
        lock = out / "_state" / "lock"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (lock.exists() and lock.read_text()):
            time.sleep(0.05)
        second = newsbeam("run", "--input", f"{inputs}/*.jsonl", "--output", str(out))
        _, err = second.communicate(timeout=120)
        assert second.returncode == 1
        assert "another newsbeam run holds" in err and f"pid={first.pid}" in err

        waiting = newsbeam("run", "--input", f"{inputs}/*.jsonl", "--output", str(out), "--lock-timeout", "300")
        out_first, err_first = first.communicate(timeout=300)
        assert first.returncode == 0, err_first
        out_waiting, err_waiting = waiting.communicate(timeout=300)
        assert waiting.returncode == 0, err_waiting
        assert "2000 unchanged" in out_waiting
    finally:
        for proc in (first,):
            if proc.poll() is None:
                proc.kill()
    assert visible_rows(out, "articles") == 2_000
    assert os.path.exists(out / "_state" / "lock")
