"""The report of a large dataset stays small: 1 million articles and 10 million quotes, written
directly in newsbeam's layout by bench/report.py. Prints the build time (never asserts it: the
machine may be loaded); asserts the 5 MB budget and that the cut lists say so. ``make test-slow``."""
from __future__ import annotations

import re
import time

import pytest

pytest.importorskip("vl_convert")

from newsbeam.pipeline.report import build_report

from bench.report import generate
from tests.report_checks import tables_of

pytestmark = pytest.mark.slow


def test_a_million_articles_make_a_page_under_5_mb(tmp_path):
    started = time.monotonic()
    made = generate(str(tmp_path / "big"), articles=1_000_000, quotes_per_article=10)
    generated = time.monotonic() - started
    assert made["quotes"] > 9_900_000
    result = build_report(str(tmp_path / "big"), to=str(tmp_path / "report.html"))
    print(f"\n1M articles, {made['quotes']:,} quotes (generated in {generated:.0f} s): report built in "
          f"{result.seconds:.1f} s, {result.bytes / 1e6:.2f} MB")
    assert result.bytes < 5 * 2**20
    html = (tmp_path / "report.html").read_text()
    tables = tables_of(html)
    assert len(tables["t-people"]["rows"]) == 25 and len(tables["t-organisations"]["rows"]) == 15
    assert re.search(r"Showing the first 25 of [\d,]+ people", html)
    assert re.search(r"the other 52 together", html)  # 60 outlets: 8 panels and the rest
    assert len(tables["t-articles"]["rows"]) == 365 and int(tables["t-runs"]["rows"][0][5]) == 60
