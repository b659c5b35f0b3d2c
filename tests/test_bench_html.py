"""bench.html's arithmetic: the runs set against the trafilatura loop interpolated to their time,
the paired loops, the printed verdicts. (The benchmark itself measures and never asserts a time.)"""
from __future__ import annotations

import pytest

from bench.html import CHECKED, FUNCTIONS, Loops, Round, _generated, paired_loops, report, spread, warc_read, write_warc


def loops(plain: float, at: float, *, funcs: float | None = None, read: float = 0.0) -> Loops:
    return Loops(plain=plain, funcs=plain if funcs is None else funcs, read=read, at=at)


def test_a_run_is_set_against_the_loop_interpolated_to_its_time():
    r = Round(before=loops(10.0, at=0.0), after=loops(20.0, at=100.0), start=2.0,
              run=18.5, run_at=25.0, wrun=23.0, wrun_at=75.0)
    assert r.plain_at(0.0) == 10.0
    assert r.plain_at(25.0) == 12.5
    assert r.plain_at(100.0) == 20.0
    # Outside the bracket the nearer loop stands (no extrapolation).
    assert r.plain_at(-50.0) == 10.0 and r.plain_at(500.0) == 20.0
    assert r.ratios["HTML pages, run"] == pytest.approx(18.5 / 12.5)
    assert r.ratios["HTML pages, run net of start-up"] == pytest.approx(16.5 / 12.5)
    assert r.ratios["WARC records, run net of start-up"] == pytest.approx(21.0 / 17.5)


def test_the_warc_loop_is_the_trafilatura_loop_plus_the_reading():
    r = Round(before=loops(10.0, at=0.0, read=0.2), after=loops(10.0, at=10.0, read=0.4), start=0.0,
              run=11.0, run_at=5.0, wrun=10.3, wrun_at=5.0)
    assert r.ratios["WARC records, run"] == pytest.approx(10.3 / 10.3)


def test_loops_taken_at_one_moment_give_their_mean():
    r = Round(before=loops(10.0, at=5.0), after=loops(14.0, at=5.0), start=0.0,
              run=12.0, run_at=5.0, wrun=12.0, wrun_at=5.0)
    assert r.plain_at(5.0) == 12.0


def test_the_report_holds_the_medians_to_the_target():
    measured = [loops(10.0, at=0.0, funcs=11.0), loops(10.0, at=10.0, funcs=14.0), loops(10.0, at=20.0, funcs=12.0)]
    done = [Round(measured[0], measured[1], 1.0, 13.0, 5.0, 15.0, 5.0),
            Round(measured[1], measured[2], 1.0, 14.0, 15.0, 15.0, 15.0)]
    lines = report(measured, done, n=100, n_records=100, size_mb=1.0)
    verdicts = {line.split(": ", 1)[1].split(" within")[0]: line.split(":")[0] for line in lines
                if line.startswith(("PASS", "FAIL"))}
    assert set(verdicts) == set(CHECKED)
    assert verdicts[FUNCTIONS] == "PASS"  # 1.1, 1.4, 1.2: median 1.2
    assert verdicts["HTML pages, run net of start-up"] == "PASS"  # 1.2 and 1.3
    assert verdicts["WARC records, run net of start-up"] == "FAIL"  # 1.4 twice
    assert "1.20x (1.10-1.40)" in lines[3]


def test_spread_is_the_median_and_its_range():
    assert spread([1.2]) == "1.20x"
    assert spread([1.3, 1.1, 1.2]) == "1.20x (1.10-1.30)"


def test_the_paired_loops_and_the_warc_reading_measure_every_page(tmp_path):
    pages = [(f"gen-{i}.html", _generated(i)) for i in range(5)]
    plain, funcs = paired_loops(pages, chunk=2)
    assert plain > 0 and funcs > 0
    warc = tmp_path / "p.warc.gz"
    assert write_warc(pages, warc) == 5
    seconds, records = warc_read(warc)
    assert records == 5 and seconds >= 0
