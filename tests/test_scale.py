"""Scale: 100,000 small articles of one day, through the command line.

The bucket layout splits a big partition into ``ceil(rows / --target-file-rows)`` files (or
more when ``--target-file-mb`` is the tighter bound): a handful of big files, never thousands of
tiny ones, and ``newsbeam inspect --json`` reports the figures. The articles are generated here
as JSON lines, 5,000 to a file (under the default ``--max-entries`` of 10,000 per input).

    python -m tests.test_scale DIR [N]     writes the same inputs by hand, for timing runs
"""
from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 100_000
PER_FILE = 5_000
TARGET_ROWS = 20_000
DATE = "2026-11-20"
NAMES = ["Mara Olsen", "Tomas Reyes", "Ines Duarte", "Kofi Mensah", "Lena Vogel", "Ravi Iyer"]


def write_inputs(directory: Path, n: int = ARTICLES, per_file: int = PER_FILE) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, n, per_file):
        path = directory / f"wire-{first // per_file:03d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(first, min(n, first + per_file)):
                speaker = NAMES[i % len(NAMES)]
                fh.write(json.dumps({
                    "title": f"Item {i}: council approves budget line {i % 977}",
                    "url": f"https://scale.example/news/{i}",
                    "published": f"{DATE}T{i % 24:02d}:{i % 60:02d}:00Z",
                    "bullets": [f"Line {i % 977} passes"],
                    "body": f"The council approved line {i % 977} on Friday.\n\n"
                            f"“It is a fair deal,” said {speaker}.",
                }) + "\n")
        paths.append(path)
    return paths


def newsbeam(*args: str, timeout: float = 1200) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "newsbeam", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr[-4000:]}"
    return done


@pytest.mark.slow
def test_100k_articles_of_one_day_make_ceil_rows_over_target_files(tmp_path):
    write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    started = time.monotonic()
    run = newsbeam("run", "--input", f"{tmp_path}/in/*.jsonl", "--output", str(out),
                   "--target-file-rows", str(TARGET_ROWS))
    seconds = time.monotonic() - started
    assert f"{ARTICLES} new" in run.stdout, run.stdout

    want = math.ceil(ARTICLES / TARGET_ROWS)
    for table in ("articles", "bullets", "quotes"):
        files = sorted(p.name for p in (out / table / f"date={DATE}").glob("*.parquet"))
        assert files == [f"part-{b:05d}-of-{want:05d}.parquet" for b in range(want)], table

    report = json.loads(newsbeam("inspect", str(out), "--json").stdout)
    articles = report["tables"]["articles"]
    assert articles["rows"] == ARTICLES and articles["partitions"] == 1
    assert articles["files"] == articles["files_per_partition_max"] == want
    assert 0 < articles["file_mb_median"] < 128
    assert report["tables"]["quotes"]["files_per_partition_max"] == want
    print(f"\n{ARTICLES} articles in {seconds:.1f} s: {want} files per partition, "
          f"median {articles['file_mb_median']} MB")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else ARTICLES
    print(f"{len(write_inputs(target, count))} files, {count} articles in {target}")
