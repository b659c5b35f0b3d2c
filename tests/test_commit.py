"""The commit journal, recovery, fencing and the order in which readers see a commit.

One staged run (re-bucketing a partition, moving articles to another day, editing one, adding
new ones) is committed up to each of its operations and "killed" there; at every point a reader
sees no quote or bullet without its article, and ``recover`` (what any later run does first,
whatever its input) ends with exactly the dataset a whole commit gives.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import apache_beam as beam
import pyarrow.dataset as pads
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from newsbeam.pipeline import run as runmod
from newsbeam.pipeline.errors import UsageError
from newsbeam.transforms.io import commit
from newsbeam.transforms.io.dataset import Location
from newsbeam.transforms.composites.write import WriteConfig, WriteDataset

from tests.records import article

DAY2 = datetime(2026, 11, 21, 6, tzinfo=UTC)
DAY3 = datetime(2026, 11, 22, 6, tzinfo=UTC)


def _stage(out: Path, articles, run_id: str, **cfg) -> None:
    with BeamTestPipeline(runner="FnApiRunner") as p:
        _ = {
            "articles": p | "Articles" >> beam.Create(articles),
            "rejects": p | "Rejects" >> beam.Create([]),
            "stats": p | "Stats" >> beam.Create([]),
        } | WriteDataset(WriteConfig(location=Location.of(str(out)), run_id=run_id, **cfg), extract=None)


def _rows(out: Path, table: str) -> list[str]:
    if not (out / table).exists():
        return []
    return pads.dataset(out / table, partitioning="hive").to_table(columns=["article_id"]) \
        .column("article_id").to_pylist()


def _check_reader_view(out: Path) -> set[str]:
    """What a reader may see at any moment: every bullet and quote has its article."""
    articles = set(_rows(out, "articles"))
    for table in ("quotes", "bullets"):
        orphans = set(_rows(out, table)) - articles
        assert not orphans, f"{table} without their article: {sorted(orphans)[:5]}"
    return articles


def _check_committed(out: Path) -> list[str]:
    """A committed dataset: the reader view, no article twice, ``_SUCCESS`` and no journal."""
    ids = _rows(out, "articles")
    assert not [i for i, n in Counter(ids).items() if n > 1]
    _check_reader_view(out)
    assert commit.read_success(Location.of(str(out))) is not None
    assert not (out / "_state" / "commit.json").exists()
    return sorted(ids)


def _snapshot(out: Path) -> dict[str, bytes]:
    """The live files of the dataset (data tables and index), by path."""
    top = ("articles", "bullets", "quotes", "rejects")
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "txn" not in p.parts
            and (p.parts[len(out.parts)] in top or "index" in p.parts)}


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """A dataset of 30 articles in 3 files (and 5 on a third day), and a second run staged over
    it (not committed): 40 new articles re-bucket the day into 7 files, 5 move to the next day,
    one is edited, and 2 of the third day move too (their file loses rows, but stays)."""
    out = tmp_path_factory.mktemp("commit") / "out"
    first = [article(f"a{i:02d}") for i in range(30)] + [article(f"d{i}", published_at=DAY3) for i in range(5)]
    _stage(out, first, "run-1", target_file_rows=10)
    commit.commit(Location.of(str(out)), "run-1")
    second = [article(f"b{i:02d}") for i in range(40)]
    second += [dataclasses.replace(article(f"a{i:02d}"), published_at=DAY2, content_hash=f"moved-{i}")
               for i in range(5)]
    second.append(dataclasses.replace(article("a10"), title="Edited", content_hash="edited", quotes=()))
    second += [article(f"d{i}", published_at=DAY2, content_hash=f"moved-d{i}") for i in range(2)]
    _stage(out, second, "run-2", target_file_rows=10)
    whole = out.parent / "whole"
    shutil.copytree(out, whole)
    commit.commit(Location.of(str(whole)), "run-2")
    return out, whole


def test_the_staged_run_touches_nothing_live_and_plans_every_phase(staged):
    out, whole = staged
    assert _check_committed(out) == sorted([f"a{i:02d}" for i in range(30)] + [f"d{i}" for i in range(5)])
    ops = commit.plan_commit(Location.of(str(out)), "run-2")
    assert {op.phase for op in ops} == set(commit.PHASES)
    assert [op.phase for op in ops] == sorted(op.phase for op in ops)
    # The old layout's files go, in the order that keeps articles until their rows are gone.
    deletes = [op for op in ops if op.kind == commit.DELETE]
    assert {op.path.split("/")[0]: op.phase for op in deletes} == {
        "articles": commit.DROP_ARTICLES, "bullets": commit.DROP_ROWS, "quotes": commit.DROP_ROWS}
    # The third day's articles file loses rows: it is replaced twice, first with the rows
    # that go still in it (before their quotes go), then without them (after).
    day3 = "articles/date=2026-11-22/part-00000-of-00001.parquet"
    assert [op.phase for op in ops if op.path == day3] == [commit.ADD_ARTICLES, commit.DROP_ARTICLES]
    assert [op.phase for op in ops if op.path == day3.replace("articles", "quotes")] == [commit.DROP_ROWS]
    assert _check_committed(whole) == sorted([f"a{i:02d}" for i in range(30)] + [f"b{i:02d}" for i in range(40)]
                                             + [f"d{i}" for i in range(5)])
    assert sorted(_rows(whole, "quotes")) == sorted(set(_check_committed(whole)) - {"a10"})
    days = pads.dataset(whole / "articles", partitioning="hive").to_table().to_pylist()
    assert sorted(r["article_id"] for r in days if str(r["date"]) == "2026-11-21") == \
        [f"a{i:02d}" for i in range(5)] + ["d0", "d1"]


def _crash_after(monkeypatch, k: int) -> None:
    real = commit._apply_op
    done = {"n": 0}

    def apply(location, op):
        if done["n"] == k:
            raise SystemExit(f"killed after {k} operations")
        done["n"] += 1
        real(location, op)

    monkeypatch.setattr(commit, "_apply_op", apply)


def test_a_commit_killed_after_any_operation_is_finished_by_recovery(staged, tmp_path, monkeypatch):
    out, whole = staged
    ops = commit.plan_commit(Location.of(str(out)), "run-2")
    expected = _snapshot(whole)
    points = sorted(set(range(0, len(ops) + 1, max(1, len(ops) // 12))) | {
        next(i for i, op in enumerate(ops) if op.phase == phase) for phase in commit.PHASES} | {len(ops)})
    for k in points:
        copy = tmp_path / f"k{k}"
        shutil.copytree(out, copy)
        location = Location.of(str(copy))
        with monkeypatch.context() as patched:
            _crash_after(patched, k)
            if k < len(ops):
                with pytest.raises(SystemExit):
                    commit.commit(location, "run-2")
            else:
                commit.commit(location, "run-2")
        _check_reader_view(copy)  # what a reader sees between the kill and the next run
        if k < len(ops):
            assert commit.read_success(location) is None  # readers can tell: no _SUCCESS
            assert commit.pending(location) == "run-2"
        recovery = commit.recover(location)
        assert recovery.rolled_forward == ("run-2" if k < len(ops) else None)
        assert _snapshot(copy) == expected, f"killed after {k} of {len(ops)} operations"
        _check_committed(copy)
        assert not list((copy / "_state" / "txn").iterdir())
        shutil.rmtree(copy)


def test_a_run_killed_before_its_journal_is_rolled_back(staged, tmp_path):
    out, _ = staged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    before = _snapshot(copy)
    recovery = commit.recover(Location.of(str(copy)))
    assert recovery.rolled_forward is None and recovery.discarded == ("run-2",)
    assert _snapshot(copy) == before
    assert not list((copy / "_state" / "txn").iterdir())


def test_recovery_does_not_depend_on_the_next_run_input(staged, tmp_path, monkeypatch):
    # Killed mid-commit, then a run over other articles: it finishes the dead run's commit
    # first, so its own decisions see the index the data files match.
    out, whole = staged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    ops = commit.plan_commit(Location.of(str(copy)), "run-2")
    with monkeypatch.context() as patched:
        _crash_after(patched, len(ops) // 2)
        with pytest.raises(SystemExit):
            commit.commit(Location.of(str(copy)), "run-2")
    commit.recover(Location.of(str(copy)))
    _stage(copy, [article("c00"), dataclasses.replace(article("b03"), content_hash="again")], "run-3",
           target_file_rows=10)
    commit.commit(Location.of(str(copy)), "run-3")
    assert _check_committed(copy) == sorted(_check_committed(whole) + ["c00"])


def test_a_damaged_journal_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "_state").mkdir()
    (tmp_path / "_state" / "commit.json").write_text("")
    with pytest.raises(commit.UnsafeOutput, match="commit was interrupted and its plan is damaged"):
        commit.recover(Location.of(str(tmp_path)))


def test_a_commit_whose_lock_was_taken_over_changes_nothing(staged, tmp_path):
    out, _ = staged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    before = _snapshot(copy)
    (copy / "_state").mkdir(exist_ok=True)
    (copy / "_state" / "lock").write_text("pid=1 host=h since=now run=another-run")
    location = Location.of(str(copy))
    with pytest.raises(commit.UnsafeOutput, match="no longer holds"):
        commit.commit(location, "run-2", check_token=lambda: runmod.check_token(location, "run-2"))
    assert _snapshot(copy) == before and commit.pending(location) is None


# --------------------------------------------------------------------------- dataset.json, links


def test_dataset_json_is_written_atomically_and_a_damaged_one_is_repaired(tmp_path):
    location = Location.of(str(tmp_path))
    runmod.check_layout(location, ("date",))
    assert json.loads((tmp_path / "_state" / "dataset.json").read_text())["partition_by"] == ["date"]
    assert not [p for p in (tmp_path / "_state").iterdir() if p.name.endswith(".tmp")]
    (tmp_path / "articles" / "date=2026-11-20").mkdir(parents=True)
    for damaged in ("", "{not json", "[]", '{"partition_by": 3}'):
        (tmp_path / "_state" / "dataset.json").write_text(damaged)
        with pytest.raises(UsageError, match="newsbeam repair"):
            runmod.check_layout(location, ("date",))
        assert any("rebuilt" in line for line in runmod.repair(location))
        runmod.check_layout(location, ("date",))


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_kept(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    out = tmp_path / "out"
    (out / "_state").mkdir(parents=True)
    os.symlink(target, out / "_state" / "lock")
    with pytest.raises(UsageError, match="symbolic link"):
        with runmod.output_lock(Location.of(str(out)), 0, "r"):
            pass
    assert target.read_text() == "keep me"


def test_a_partition_that_is_a_link_is_never_written_through(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    out = tmp_path / "out"
    _stage(out, [article("a1")], "run-1")
    commit.commit(Location.of(str(out)), "run-1")
    part = out / "articles" / "date=2026-11-20"
    shutil.move(part, elsewhere)
    os.symlink(elsewhere, part)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in elsewhere.iterdir())
    with pytest.raises(Exception, match="symbolic link"):
        _stage(out, [article("a2")], "run-2")
    assert sorted((p.name, p.stat().st_mtime_ns) for p in elsewhere.iterdir()) == before
    # A link that appears between staging and commit is refused by the commit too.
    os.unlink(part)
    shutil.move(elsewhere, part)
    commit.recover(Location.of(str(out)))
    _stage(out, [article("a3")], "run-3")
    shutil.move(part, elsewhere)
    os.symlink(elsewhere, part)
    with pytest.raises(commit.UnsafeOutput, match="symbolic link"):
        commit.commit(Location.of(str(out)), "run-3")
    assert sorted((p.name, p.stat().st_mtime_ns) for p in elsewhere.iterdir()) == before


# --------------------------------------------------------------------------- workers


def test_a_worker_stops_when_the_run_that_started_it_is_killed(tmp_path):
    beat = tmp_path / "beat"
    worker = (f"import sys, time; sys.path.insert(0, {str(Path(__file__).parents[1])!r})\n"
              "from newsbeam.transforms.io import commit\n"
              "commit.guard_worker(poll=0.05)\n"
              f"while True:\n    open({str(beat)!r}, 'a').write('x'); time.sleep(0.02)\n")
    main = ("import os, subprocess, sys, time\n"
            f"os.environ[{commit.RUN_PID_ENV!r}] = str(os.getpid())\n"
            f"child = subprocess.Popen([sys.executable, '-c', {worker!r}])\n"
            "print(child.pid, flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", main], stdout=subprocess.PIPE, text=True)
    child = int(proc.stdout.readline())
    try:
        deadline = time.monotonic() + 30
        while not (beat.exists() and beat.stat().st_size > 5) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert beat.exists(), "the worker never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and os.path.exists(f"/proc/{child}") and commit._alive(child):
            time.sleep(0.05)
        assert not commit._alive(child) if os.path.exists(f"/proc/{child}") else True
        size = beat.stat().st_size
        time.sleep(0.3)
        assert beat.stat().st_size == size  # it writes nothing any more
    finally:
        for pid in (proc.pid, child):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_newsbeam_repair_finishes_an_interrupted_commit(staged, tmp_path, monkeypatch, capsys):
    from newsbeam.pipeline.cli import main

    out, whole = staged
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with monkeypatch.context() as patched:
        _crash_after(patched, 3)
        with pytest.raises(SystemExit):
            commit.commit(Location.of(str(copy)), "run-2")
    assert main(["repair", str(copy)]) == 0
    assert "finished the interrupted commit of run run-2" in capsys.readouterr().out
    assert _snapshot(copy) == _snapshot(whole)
    assert main(["repair", str(copy)]) == 0
    assert "nothing to recover" in capsys.readouterr().out
    assert main(["repair", str(tmp_path / "absent")]) == 2
